<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Connect with an indirect provider</source>
        <translation type="obsolete">Conectar con un proveedor indirecto</translation>
    </message>
    <message>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation type="obsolete">Busca un proveedor indirecto, acepta su invitación, consulta los clientes que compartes con él e invita a clientes nuevos.</translation>
    </message>
    <message>
        <source>Open indirect &amp;providers and customers</source>
        <translation type="obsolete">Abrir proveedores &amp;indirectos y clientes</translation>
    </message>
</context>
<context>
    <name>AnswersProblem</name>
    <message>
        <location filename="../../wizard/ui/answers_problem.py" line="+34"/>
        <source>CSP onboarding wizard</source>
        <translation>Asistente de incorporación a CSP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers file %1 was not used.</source>
        <translation>No se ha usado el archivo de respuestas %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems shown: %1 of %2.</source>
        <translation>Problemas mostrados: %1 de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was created. Fix the file and start the wizard again.</source>
        <translation>No se ha creado nada. Corrige el archivo y vuelve a iniciar el asistente.</translation>
    </message>
</context>
<context>
    <name>AppInstance</name>
    <message>
        <location filename="../../wizard/app/instance.py" line="+114"/>
        <source>The wizard is already open with this database ({database}). Switch to that window, or close it and try again.</source>
        <translation>El asistente ya está abierto con esta base de datos ({database}). Cambia a esa ventana o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/look.py" line="+24"/>
        <source>Audit entries are now recorded as {name}.</source>
        <translation>Las entradas de auditoría se registran ahora como {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/cases.py" line="+106"/>
        <source>This case&apos;s last changes could not be saved, so it stays open: {reason}</source>
        <translation>No se han podido guardar los últimos cambios de este caso, así que sigue abierto: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/recovery.py" line="+75"/>
        <source>These values of this case could not be saved on {time} and were kept in {file}:

{lines}

Restore them into the case (they replace what it holds now), keep the file for later, or discard it (it is kept as discarded-… in the same folder).</source>
        <translation>Estos valores de este caso no se pudieron guardar el {time} y se conservaron en {file}:

{lines}

Restáuralos en el caso (sustituyen lo que tiene ahora), conserva el archivo para más tarde o descártalo (se guarda como discarded-… en la misma carpeta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved values from an earlier session</source>
        <translation>Valores sin guardar de una sesión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>{count} values restored from {file}.</source>
        <translation type="vanished">{count} valores restaurados desde {file}.</translation>
    </message>
    <message>
        <source>{count} could not be (unknown fields, or answers already sent).</source>
        <translation type="vanished">{count} no se pudieron restaurar (campos desconocidos o respuestas ya enviadas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/instance.py" line="+66"/>
        <source>%Ln value(s) restored from {file}.</source>
        <translation>
            <numerusform>%Ln valor restaurado desde {file}.</numerusform>
            <numerusform>%Ln valores restaurados desde {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be (unknown fields, or answers already sent).</source>
        <translation>
            <numerusform>%Ln no se pudo restaurar (campos desconocidos o respuestas ya enviadas).</numerusform>
            <numerusform>%Ln no se pudieron restaurar (campos desconocidos o respuestas ya enviadas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/startup.py" line="+179"/>
        <source>The wizard cannot open its data</source>
        <translation>El asistente no puede abrir sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}

Start fresh: the damaged file is kept as a backup next to it, and a new, empty database is created.</source>
        <translation>{problem}

Empezar de cero: el archivo dañado se conserva como copia de seguridad junto a él y se crea una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Start fresh</source>
        <translation>&amp;Empezar de cero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{problem}

Start fresh: the file is kept as a backup next to it (the newer wizard can still open it), and a new, empty database is created.</source>
        <translation>{problem}

Empezar de cero: el archivo se conserva como copia de seguridad junto a él (la versión más reciente del asistente aún puede abrirlo) y se crea una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/closing.py" line="+96"/>
        <location filename="../../wizard/app/startup.py" line="-5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../wizard/app/startup.py" line="+32"/>
        <source>Opening the case database again…</source>
        <translation>Abriendo de nuevo la base de datos de casos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case database {path} could not be moved aside as a backup ({reason}). Make its folder writable, then try again.</source>
        <translation>La base de datos de casos {path} no se ha podido apartar como copia de seguridad ({reason}). Haz que su carpeta admita escritura y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old database was kept as {path}.</source>
        <translation>La base de datos anterior se ha conservado como {path}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/closing.py" line="-8"/>
        <source>Some of your changes could not be saved:
{problem}

{lines}

Try again once the problem is solved, or quit: the values are then written to a recovery file in {folder}.</source>
        <translation>No se han podido guardar algunos de tus cambios:
{problem}

{lines}

Vuelve a intentarlo cuando se haya resuelto el problema o sal: los valores se escribirán entonces en un archivo de recuperación en {folder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your changes are not saved</source>
        <translation>Tus cambios no están guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit &amp;without saving</source>
        <translation>Salir &amp;sin guardar</translation>
    </message>
    <message>
        <source>The damaged database was kept as {path}.</source>
        <translation type="vanished">La base de datos dañada se ha conservado como {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../wizard/ui/audit_view.py" line="+168"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="-132"/>
        <source>Case created</source>
        <translation>Caso creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the case</source>
        <translation>Modificó el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted the enrollment</source>
        <translation>Envió la inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center update</source>
        <translation>Actualización del Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a handover packet</source>
        <translation>Importó un paquete de traspaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a handover packet</source>
        <translation>Exportó un paquete de traspaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in from an answers file</source>
        <translation>Rellenado desde un archivo de respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived the case</source>
        <translation>Archivó el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought the case back from the archive</source>
        <translation>Recuperó el caso del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the Microsoft Partner Agreement</source>
        <translation>Aceptó el Contrato de partners de Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the partner profile to Partner Center</source>
        <translation>Trasladó el perfil de partner al Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened a link from an email</source>
        <translation>Abrió un vínculo de un correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized an indirect provider</source>
        <translation>Autorizó a un proveedor indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed an indirect provider&apos;s administrator access</source>
        <translation>Quitó el acceso de administrador de un proveedor indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited a customer</source>
        <translation>Invitó a un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the case</source>
        <translation>Abrió el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened Partner Center&apos;s sign-up page</source>
        <translation>Abrió la página de registro del Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted the enrollment on Partner Center</source>
        <translation>Envió la inscripción en el Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked a step done on Partner Center&apos;s pages</source>
        <translation>Marcó un paso hecho en las páginas del Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked a step done on Partner Center&apos;s pages</source>
        <translation>Desmarcó un paso hecho en las páginas del Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in again</source>
        <translation>Volvió a iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said whether the company is already enrolled in CSP</source>
        <translation>Indicó si la empresa ya está inscrita en CSP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollment ID</source>
        <translation>ID de inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account</source>
        <translation>Cuenta profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>Mediante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved from {start} to {end}</source>
        <translation>Pasó de {start} a {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status changed from “{start}” to “{end}”</source>
        <translation>El estado cambió de «{start}» a «{end}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; was “{status}”</source>
        <translation>; antes «{status}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added to the admin agent group</source>
        <translation>Agregado al grupo de agentes de administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried to add to the admin agent group (not confirmed)</source>
        <translation>Intentó agregar al grupo de agentes de administración (sin confirmar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited {field}</source>
        <translation>Modificó {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from “{start}” to “{end}”</source>
        <translation>de «{start}» a «{end}»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Audit trail — %1</source>
        <translation>Registro de auditoría — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everything that happened to %1, oldest first.</source>
        <translation>Todo lo ocurrido en %1, de lo más antiguo a lo más reciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../wizard/backends/sandbox/center.py" line="+71"/>
        <location filename="../../wizard/backends/sandbox/providers.py" line="+60"/>
        <source>&apos;{country}&apos; is not a known country or region code.</source>
        <translation>«{country}» no es un código de país o región conocido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{domain} is already taken. Choose another name.</source>
        <translation>{domain} ya está en uso. Elige otro nombre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>We couldn&apos;t find a Partner Membership Center account named {user}.</source>
        <translation>No hemos encontrado ninguna cuenta de Partner Membership Center llamada {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Partner Membership Center password for {user} is incorrect.</source>
        <translation>La contraseña de Partner Membership Center de {user} no es correcta.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/core.py" line="+181"/>
        <source>We couldn&apos;t find a work account named {upn}. Check the user name, or select Create one.</source>
        <translation>No hemos encontrado ninguna cuenta profesional llamada {upn}. Comprueba el nombre de usuario o selecciona Crear una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password for {upn} is incorrect. Try again.</source>
        <translation>La contraseña de {upn} no es correcta. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>{upn} is not a global administrator of {domain}. Sign in with a global admin account, or ask your global admin.</source>
        <translation>{upn} no es administrador global de {domain}. Inicia sesión con una cuenta de administrador global o pídeselo a tu administrador global.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Your session has expired. Sign in again with your work account.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión con tu cuenta profesional.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{domain} hasn&apos;t enrolled in the Cloud Solution Provider program yet.</source>
        <translation>{domain} todavía no se ha inscrito en el programa Proveedor de soluciones en la nube (CSP).</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/customers.py" line="+30"/>
        <source>Enter the customer&apos;s email address.</source>
        <translation>Escribe la dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a valid email address: {reason}</source>
        <translation>«{text}» no es una dirección de correo electrónico válida: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use at most {limit} characters for the customer&apos;s name.</source>
        <translation>Usa como máximo {limit} caracteres para el nombre del cliente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{customer} ({email}) accepted the invitation and authorized reseller relationships with {reseller} and {provider} at once. It now appears in View customers for {provider_name}.</source>
        <translation>{customer} ({email}) aceptó la invitación y autorizó a la vez las relaciones de revendedor con {reseller} y {provider}. Ahora aparece en Ver clientes de {provider_name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/directory.py" line="+24"/>
        <source>The Partner Center account of {domain} isn&apos;t ready yet: the enrollment must be approved first.</source>
        <translation>La cuenta del Centro de partners de {domain} aún no está lista: primero debe aprobarse la inscripción.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>There&apos;s no indirect provider with the id &apos;{provider}&apos;.</source>
        <translation>No hay ningún proveedor indirecto con el identificador «{provider}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="+95"/>
        <source>There is no tenant named {domain}.</source>
        <translation>No hay ningún inquilino llamado {domain}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="-38"/>
        <source>{domain} is already enrolled in CSP.</source>
        <translation>{domain} ya está inscrito en CSP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MPN ID {mpn_id} is already linked to another CSP tenant (one tenant per location).</source>
        <translation>El ID de MPN {mpn_id} ya está vinculado a otro inquilino de CSP (un inquilino por ubicación).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The primary contact&apos;s email address doesn&apos;t need verifying now, so no new email was sent.</source>
        <translation>La dirección de correo electrónico del contacto principal no necesita verificarse ahora, así que no se ha enviado ningún correo nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only an enrollment that needs more information can be resubmitted.</source>
        <translation>Solo se puede volver a enviar una inscripción que necesita más información.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This enrollment&apos;s email address is already verified.</source>
        <translation>La dirección de correo electrónico de esta inscripción ya está verificada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} day. We&apos;ll email status updates to the primary contact.</source>
        <translation>Gracias: {email} está verificado. Ahora estamos revisando la información que proporcionaste, lo que tarda aproximadamente {days} día. Enviaremos las novedades del estado por correo electrónico al contacto principal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} days. We&apos;ll email status updates to the primary contact.</source>
        <translation>Gracias: {email} está verificado. Ahora estamos revisando la información que proporcionaste, lo que tarda aproximadamente {days} días. Enviaremos las novedades del estado por correo electrónico al contacto principal.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/invitations.py" line="+124"/>
        <source>There&apos;s no provider invitation {invitation}. Open the link from the provider&apos;s email, and copy it completely.</source>
        <translation>No hay ninguna invitación de proveedor {invitation}. Abre el vínculo del correo del proveedor y cópialo completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wizard/backends/sandbox/rules.py" line="+60"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This invitation was already authorized on {when} by {user}: {provider} is on your Indirect providers list.</source>
        <translation>{user} ya autorizó esta invitación el {when}: {provider} está en tu lista de proveedores indirectos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This invitation from {provider} expired on {when} ({days} days after it was sent). Ask {provider} to send you a new one.</source>
        <translation>Esta invitación de {provider} caducó el {when} ({days} días después de enviarse). Pide a {provider} que te envíe una nueva.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can&apos;t authorize {provider} as your indirect provider. {reason}</source>
        <translation>No puedes autorizar a {provider} como tu proveedor indirecto. {reason}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This customer invitation link ({invitation}) doesn&apos;t match any invitation. Open the link from the invitation email, and copy it completely.</source>
        <translation>Este vínculo de invitación de cliente ({invitation}) no corresponde a ninguna invitación. Abre el vínculo del correo de invitación y cópialo completo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This invitation was already accepted on {when}: the reseller relationships exist.</source>
        <translation>Esta invitación ya se aceptó el {when}: las relaciones de revendedor ya existen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This invitation expired on {when} ({days} days after it was sent). Ask your reseller to send a new one.</source>
        <translation>Esta invitación caducó el {when} ({days} días después de enviarse). Pide a tu revendedor que te envíe una nueva.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/links.py" line="+32"/>
        <source>This isn&apos;t a link the sandbox Partner Center can open: {why}.</source>
        <translation>El Centro de partners de pruebas no puede abrir este vínculo: {why}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This verification link doesn&apos;t belong to any enrollment ({enrollment}). Open the link from the newest verification email, and copy it completely.</source>
        <translation>Este vínculo de verificación no pertenece a ninguna inscripción ({enrollment}). Abre el vínculo del correo de verificación más reciente y cópialo completo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This verification link was already used on {when}: the email address is verified. Check the enrollment&apos;s status instead.</source>
        <translation>Este vínculo de verificación ya se usó el {when}: la dirección de correo electrónico está verificada. Consulta mejor el estado de la inscripción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A newer verification email was sent on {when}, which replaces this one. Open the link in the newest email.</source>
        <translation>El {when} se envió un correo de verificación más reciente que sustituye a este. Abre el vínculo del correo más reciente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This verification link expired on {when} ({days} days after it was sent). Resend the verification email and open the new link.</source>
        <translation>Este vínculo de verificación caducó el {when} ({days} días después de enviarse). Vuelve a enviar el correo de verificación y abre el nuevo vínculo.</translation>
    </message>
    <message>
        <source>{upn} is not a global administrator of {domain}. Ask your global admin.</source>
        <translation type="vanished">{upn} no es administrador global de {domain}. Pídaselo a su administrador global.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/partner.py" line="+55"/>
        <source>There&apos;s no user named {upn} in {domain}.</source>
        <translation>No hay ningún usuario llamado {upn} en {domain}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This account is still a Partner Membership Center account. Move it to Partner Center first, then accept the Microsoft Partner Agreement.</source>
        <translation>Esta cuenta sigue siendo una cuenta de Partner Membership Center. Trasládala primero al Centro de partners y, después, acepta el Contrato de partners de Microsoft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{region}&apos; is not a CSP region this reseller may do business in (allowed: {allowed}).</source>
        <translation>«{region}» no es una región de CSP en la que este revendedor pueda operar (permitidas: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/providers.py" line="-13"/>
        <source>&apos;{service}&apos; is not a provider service; choose among {services}.</source>
        <translation>«{service}» no es un servicio de proveedor; elige entre {services}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{provider} isn&apos;t one of your indirect providers yet: authorize its invitation first.</source>
        <translation>{provider} todavía no es uno de tus proveedores indirectos: autoriza primero su invitación.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This invitation from {provider} is for {other}, not for {domain}. Sign in with a work account of {other} to accept it.</source>
        <translation>Esta invitación de {provider} es para {other}, no para {domain}. Inicia sesión con una cuenta profesional de {other} para aceptarla.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Check the box to confirm that {provider} may submit orders and add subscriptions for your customers and gets administrator access to your company&apos;s work account, then select Authorize indirect provider.</source>
        <translation>Activa la casilla para confirmar que {provider} puede enviar pedidos y agregar suscripciones para tus clientes y que obtiene acceso de administrador a la cuenta profesional de tu empresa y, a continuación, selecciona Autorizar proveedor indirecto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept the Microsoft Partner Agreement for the {region} region first (on the CSP overview, with global admin credentials): providers refuse orders from resellers who haven&apos;t signed it for that region, so {provider} can&apos;t be authorized yet.</source>
        <translation>Acepta primero el Contrato de partners de Microsoft para la región {region} (en la información general de CSP, con credenciales de administrador global): los proveedores rechazan los pedidos de los revendedores que no lo han firmado para esa región, por lo que todavía no se puede autorizar a {provider}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign in with a global admin work account of {domain} if asked, check the box and select Authorize indirect provider.</source>
        <translation>Si se te pide, inicia sesión con una cuenta profesional de administrador global de {domain}, activa la casilla y selecciona Autorizar proveedor indirecto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation {invitation} from {provider} to {domain}. {next}</source>
        <translation>Invitación {invitation} de {provider} para {domain}. {next}</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/rules.py" line="-32"/>
        <source>Use 2 to 27 letters and digits for the domain name, starting with a letter.</source>
        <translation>Usa entre 2 y 27 letras y dígitos para el nombre de dominio, empezando por una letra.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>MPN ID {mpn_id} doesn&apos;t match any Partner Membership Center profile.</source>
        <translation>El ID de MPN {mpn_id} no corresponde a ningún perfil de Partner Membership Center.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The company profile for MPN ID {mpn_id} is not active.</source>
        <translation>El perfil de empresa del ID de MPN {mpn_id} no está activo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MPN ID {mpn_id} is located in {profile_country}, but {domain} is in {tenant_country}. Select the MPN ID of the active company profile in the same country/region as your tenant.</source>
        <translation>El ID de MPN {mpn_id} está ubicado en {profile_country}, pero {domain} está en {tenant_country}. Selecciona el ID de MPN del perfil de empresa activo del mismo país o región que tu inquilino.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+66"/>
        <source>These required fields are missing: {fields}.</source>
        <translation>Faltan estos campos obligatorios: {fields}.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The legal business address is in {country}, but the tenant is in {tenant_country}.</source>
        <translation>La dirección legal de la empresa está en {country}, pero el inquilino está en {tenant_country}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>{field}: &apos;{value}&apos; is not a valid email address.</source>
        <translation>{field}: «{value}» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The primary contact&apos;s email uses {family}, a web-based email service. Use an address at your company&apos;s domain.</source>
        <translation>El correo electrónico del contacto principal usa {family}, un servicio de correo web. Usa una dirección del dominio de tu empresa.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{field}: {domain} is a throwaway email service. Use a lasting address at your company&apos;s domain.</source>
        <translation>{field}: {domain} es un servicio de correo desechable. Usa una dirección permanente del dominio de tu empresa.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/account.py" line="+34"/>
        <source>Sign in again to see the latest status of your enrollment.</source>
        <translation>Vuelve a iniciar sesión para ver el estado más reciente de tu inscripción.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This link is for enrollment {theirs}, but the case open here is enrollment {mine}. Open the case it belongs to, or check that you opened the right email.</source>
        <translation>Este vínculo es de la inscripción {theirs}, pero el caso abierto aquí es la inscripción {mine}. Abre el caso al que pertenece o comprueba que has abierto el correo correcto.</translation>
    </message>
    <message>
        <source>Signing in with Microsoft is not available in this version of the wizard yet. Use a sandbox case to rehearse the enrollment.</source>
        <translation type="vanished">El inicio de sesión con Microsoft aún no está disponible en esta versión del asistente. Usa un caso del entorno de pruebas para ensayar la inscripción.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/case_session.py" line="+235"/>
        <source>Live mode isn&apos;t available here: this session has no connection to Microsoft.</source>
        <translation>El modo real no está disponible aquí: esta sesión no tiene conexión con Microsoft.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Your sign-in has expired. Go back to Sign in and sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a Iniciar sesión e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/auth.py" line="+263"/>
        <source>No web browser could be opened for the sign-in. Use sign-in with a code instead.</source>
        <translation>No se ha podido abrir ningún explorador web para iniciar sesión. Inicia sesión con un código en su lugar.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/checks.py" line="+27"/>
        <source>{user} is not an active Global Administrator of the tenant. If the role is assigned to you as eligible in Privileged Identity Management (PIM), activate it first (Entra admin center, My roles), then check again. Otherwise sign in with a global admin&apos;s work account.</source>
        <translation>{user} no es un administrador global activo del inquilino. Si el rol se te ha asignado como apto en Privileged Identity Management (PIM), actívalo primero (Centro de administración de Microsoft Entra, Mis roles) y vuelve a comprobarlo. Si no, inicia sesión con la cuenta profesional de un administrador global.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft did not say which country your tenant is in (it stays hidden without the Organization.Read.All permission). Choose the country your company is registered in.</source>
        <translation>Microsoft no ha indicado en qué país está tu inquilino (queda oculto sin el permiso Organization.Read.All). Elige el país en el que está registrada tu empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {which} {email} is not at a verified domain of your tenant ({domains}). Use an address at one of them, or verify {domain} in the Microsoft 365 admin center first: the review starts by checking that the email belongs to your company.</source>
        <translation>El {which} {email} no pertenece a un dominio comprobado de tu inquilino ({domains}). Usa una dirección de uno de ellos o comprueba antes {domain} en el Centro de administración de Microsoft 365: la revisión empieza comprobando que el correo electrónico pertenece a tu empresa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>primary contact&apos;s email</source>
        <translation>correo electrónico del contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support email</source>
        <translation>correo electrónico de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center could not be reached, so the enrollment&apos;s status is unknown. Check your internet connection (or proxy) and try again.</source>
        <translation>No se ha podido conectar con el Centro de partners, así que no se conoce el estado de la inscripción. Comprueba tu conexión a Internet (o el proxy) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center asked us to wait before reading the enrollment&apos;s status; it will be read later.</source>
        <translation>El Centro de partners ha pedido esperar antes de leer el estado de la inscripción; se leerá más tarde.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/config.py" line="+89"/>
        <source>The client ID {value} is not an application ID: it looks like 00000000-0000-0000-0000-000000000000 (Entra admin center, App registrations, Overview).</source>
        <translation>El id. de cliente {value} no es un id. de aplicación: tiene el aspecto 00000000-0000-0000-0000-000000000000 (Centro de administración de Microsoft Entra, Registros de aplicaciones, Información general).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be an https:// address; {value} is not.</source>
        <translation>{setting} debe ser una dirección https://; {value} no lo es.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/errors.py" line="+9"/>
        <source>Live mode needs the client ID of your Entra app registration: set WIZARD_LIVE_CLIENT_ID or enter it in Settings. The README&apos;s Live mode section explains how to register the app.</source>
        <translation>El modo real necesita el id. de cliente del registro de tu aplicación en Entra: define WIZARD_LIVE_CLIENT_ID o escríbelo en la configuración. La sección «Live mode» del README explica cómo registrar la aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in was cancelled. Nothing was changed; sign in again when you&apos;re ready.</source>
        <translation>Se ha cancelado el inicio de sesión. No se ha cambiado nada; vuelve a iniciar sesión cuando quieras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in didn&apos;t finish in time. If the browser window was closed, sign in again.</source>
        <translation>El inicio de sesión no ha terminado a tiempo. Si se cerró la ventana del explorador, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft did not accept the sign-in. Check that you use a work account of your company&apos;s tenant, that the app registration allows it, and sign in again.</source>
        <translation>Microsoft rechazó el inicio de sesión. Comprueba que usas una cuenta profesional del inquilino de tu empresa y que el registro de la aplicación lo permite, y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Microsoft sign-in has expired. Sign in again to continue.</source>
        <translation>Tu sesión de Microsoft ha caducado. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft could not be reached. Check your internet connection (or proxy) and try again.</source>
        <translation>No se ha podido conectar con Microsoft. Comprueba tu conexión a Internet (o el proxy) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s service is having trouble right now. Try again in a few minutes.</source>
        <translation>El servicio de Microsoft tiene problemas en este momento. Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft is receiving too many requests and asked us to wait. Try again in a few minutes.</source>
        <translation>Microsoft está recibiendo demasiadas solicitudes y ha pedido esperar. Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner Center requires multi-factor authentication. Set up MFA for your work account (or ask your administrator to), then sign out and sign in again.</source>
        <translation>El Centro de partners exige la autenticación multifactor. Configura la MFA para tu cuenta profesional (o pide a tu administrador que lo haga) y, después, cierra la sesión y vuelve a iniciarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center&apos;s API doesn&apos;t answer for this account (it isn&apos;t offered to every indirect reseller). Use the Partner Center web pages instead and record the status by hand.</source>
        <translation>La API del Centro de partners no responde para esta cuenta (no se ofrece a todos los revendedores indirectos). Usa las páginas web del Centro de partners y registra el estado a mano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app registration lacks a permission the check needs (User.Read, Organization.Read.All). Ask an administrator to grant them in the Entra admin center, then sign in again.</source>
        <translation>Al registro de la aplicación le falta un permiso que necesita la comprobación (User.Read, Organization.Read.All). Pide a un administrador que los conceda en el Centro de administración de Microsoft Entra y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft has no such record for this account yet.</source>
        <translation>Microsoft aún no tiene ese registro para esta cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft sent an answer the wizard doesn&apos;t understand. Try again later; if it persists, contact support with the wizard&apos;s log.</source>
        <translation>Microsoft ha enviado una respuesta que el asistente no entiende. Vuelve a intentarlo más tarde; si continúa, ponte en contacto con soporte con el registro del asistente.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_status.py" line="+135"/>
        <location filename="../../wizard/services/manual_status.py" line="+79"/>
        <source>This step can&apos;t be recorded now: record the steps in order.</source>
        <translation>Este paso no se puede registrar ahora: registra los pasos en orden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wizard/services/manual_status.py" line="+4"/>
        <source>Choose today or an earlier date.</source>
        <translation>Elige hoy o una fecha anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../wizard/services/manual_status.py" line="+3"/>
        <source>Choose {date} or a later date: this step came after the previous one.</source>
        <translation>Elige {date} o una fecha posterior: este paso llegó después del anterior.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{account} belongs to another tenant than this enrollment&apos;s. Sign in with a work account of {tenant}, such as {work_account}. Nothing was changed.</source>
        <translation>{account} pertenece a otro inquilino, no al de esta inscripción. Inicia sesión con una cuenta profesional de {tenant}, como {work_account}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_relationships.py" line="+32"/>
        <source>Partner Center offers no API for this: do it on Partner Center&apos;s web pages.</source>
        <translation>El Centro de partners no ofrece ninguna API para esto: hazlo en las páginas web del Centro de partners.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../wizard/ui/case_list_model.py" line="+75"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN ID</source>
        <translation>ID de MPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sandbox</source>
        <translation>Pruebas</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <location filename="../../wizard/ui/case_list.py" line="+63"/>
        <source>Cases — CSP onboarding</source>
        <translation>Casos — Incorporación a CSP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search company, MPN ID, contact or owner</source>
        <translation>Buscar empresa, ID de MPN, contacto o responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show arc&amp;hived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>N&amp;otes…</source>
        <translation>N&amp;otas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udit trail…</source>
        <translation>Registro de a&amp;uditoría…</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="vanished">1 caso</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="vanished">%1 casos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unar&amp;chive</source>
        <translation>Desar&amp;chivar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Brought %1 back from the archive.</source>
        <translation>%1 se ha recuperado del archivo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived %1.</source>
        <translation>%1 se ha archivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../wizard/ui/countries.py" line="+20"/>
        <source>Choose a country/region…</source>
        <translation>Elige un país o región…</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../wizard/ui/customers_tab.py" line="+40"/>
        <source>Select a provider on the Indirect providers tab, then View customers.</source>
        <translation>Selecciona un proveedor en la pestaña Proveedores indirectos y, a continuación, Ver clientes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name or domain</source>
        <translation>Filtrar por nombre o dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers &amp;missing the provider&apos;s reseller relationship</source>
        <translation>&amp;Solo los clientes sin la relación de revendedor del proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers you share with the provider</source>
        <translation>Clientes que compartes con el proveedor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your indirect provider needs a reseller relationship with a customer to submit orders on their behalf. Customers marked ⚠ don&apos;t have one yet: invite them again so they accept both relationships at once.</source>
        <translation>Tu proveedor indirecto necesita una relación de revendedor con un cliente para enviar pedidos en su nombre. Los clientes marcados con ⚠ aún no la tienen: vuelve a invitarlos para que acepten ambas relaciones a la vez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invite new customers</source>
        <translation>Invitar a clientes nuevos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We email the customer an invitation to authorize reseller relationships with both you and your indirect provider at the same time.</source>
        <translation>Enviamos al cliente por correo electrónico una invitación para autorizar a la vez las relaciones de revendedor contigo y con tu proveedor indirecto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer &amp;email:</source>
        <translation>Correo electrónico del clie&amp;nte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer n&amp;ame (optional):</source>
        <translation>N&amp;ombre del cliente (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invite customer</source>
        <translation>Invi&amp;tar al cliente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customers you share with {provider}</source>
        <translation>Clientes que compartes con {provider}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln new customer(s).</source>
        <translation>
            <numerusform>%Ln cliente nuevo.</numerusform>
            <numerusform>%Ln clientes nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="vanished">{count} clientes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checking Partner Center for new customers…</source>
        <translation>Buscando clientes nuevos en el Centro de partners…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to date.</source>
        <translation>Actualizado.</translation>
    </message>
    <message>
        <source>{count} new customers.</source>
        <translation type="vanished">{count} clientes nuevos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the last known customers: {reason}</source>
        <translation>Se muestran los últimos clientes conocidos: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the invitation…</source>
        <translation>Enviando la invitación…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation sent to {email}. The customer appears here once they accept it.</source>
        <translation>Invitación enviada a {email}. El cliente aparecerá aquí cuando la acepte.</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../wizard/ui/messages.py" line="+256"/>
        <source>An email address must have an @-sign.</source>
        <translation>Una dirección de correo electrónico debe tener una arroba (@).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Debe haber algo después de la arroba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Debe haber algo antes de la arroba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Una dirección de correo electrónico no puede tener dos puntos seguidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Una dirección de correo electrónico no puede tener un punto y un guion juntos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte que sigue a la arroba no es válida. Debe contener un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La parte que sigue a la arroba no es válida. No pertenece a un dominio de nivel superior válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>La parte que sigue a la arroba es un nombre reservado o de uso especial que no se puede usar para el correo electrónico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>La dirección de correo electrónico contiene caracteres no válidos antes de la arroba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains an invalid character.</source>
        <translation>La dirección de correo electrónico contiene un carácter no válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address is not valid ASCII.</source>
        <translation>La dirección de correo electrónico no es ASCII válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>No puede haber nada después de la dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A display name and angle brackets around the email address are not permitted here.</source>
        <translation>Aquí no se permiten un nombre para mostrar ni corchetes angulares alrededor de la dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoting the part before the @-sign is not allowed here.</source>
        <translation>Aquí no se permite poner entre comillas la parte anterior a la arroba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bracketed IP address after the @-sign is not allowed here.</source>
        <translation>Aquí no se permite una dirección IP entre corchetes después de la arroba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalized characters before the @-sign are not supported.</source>
        <translation>No se admiten caracteres internacionales antes de la arroba.</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../../wizard/ui/pages/enroll.py" line="+34"/>
        <source>Check your answers, then select Enroll now.</source>
        <translation>Revisa tus respuestas y, a continuación, selecciona Inscribirse ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still to do before you can enroll</source>
        <translation>Pendiente antes de poder inscribirte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>&amp;Enroll now</source>
        <translation>&amp;Inscribirse ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resubmit</source>
        <translation>Volver a env&amp;iar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center needs more information. Correct your legal business profile, then select Resubmit.</source>
        <translation>El Centro de partners necesita más información. Corrige tu perfil comercial legal y, a continuación, selecciona Volver a enviar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in with your work account as a global admin.</source>
        <translation>Inicia sesión con tu cuenta profesional como administrador global.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to {step}</source>
        <translation>Ir a {step}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Work account</source>
        <translation>Cuenta profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MPN profile</source>
        <translation>Perfil de MPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN ID</source>
        <translation>ID de MPN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal business profile</source>
        <translation>Perfil comercial legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customer support</source>
        <translation>Soporte al cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your customer support information was saved. Your reseller account is ready: select Next.</source>
        <translation>Se ha guardado la información de soporte al cliente. Tu cuenta de revendedor está lista: selecciona Siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your enrollment was submitted. We&apos;ve emailed your primary contact, {email}, to verify that they signed up for a Partner Center account and that this address belongs to your company. After they verify it, we continue reviewing your information; this can take several days. Status updates go to the primary contact.</source>
        <translation>Se ha enviado tu inscripción. Hemos enviado un correo electrónico a tu contacto principal, {email}, para comprobar que se registró en una cuenta del Centro de partners y que esta dirección pertenece a tu empresa. Cuando lo confirme, seguiremos revisando tu información, lo que puede tardar varios días. Las novedades sobre el estado se envían al contacto principal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submitting your enrollment…</source>
        <translation>Enviando tu inscripción…</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <location filename="../../wizard/ui/wizard_window.py" line="+133"/>
        <source>F&amp;inish</source>
        <translation>Finali&amp;zar</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../wizard/domain/field_specs.py" line="+65"/>
        <source>the work account you sign in with</source>
        <translation>la cuenta profesional con la que inicias sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MPN ID of your company&apos;s active profile</source>
        <translation>el ID de MPN del perfil activo de tu empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your company&apos;s legal business name</source>
        <translation>la razón social de tu empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line of the company&apos;s address</source>
        <translation>la primera línea de la dirección de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second line of the company&apos;s address</source>
        <translation>la segunda línea de la dirección de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>la ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state, province or territory</source>
        <translation>el estado, la provincia o el territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>el código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the country/region of the company&apos;s legal address</source>
        <translation>el país o región de la dirección legal de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s first name</source>
        <translation>el nombre del contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s last name</source>
        <translation>los apellidos del contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s email address</source>
        <translation>la dirección de correo electrónico del contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s phone number</source>
        <translation>el número de teléfono del contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the email address customers write to for support</source>
        <translation>la dirección de correo electrónico a la que los clientes escriben para pedir soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number customers call for support</source>
        <translation>el número de teléfono al que los clientes llaman para pedir soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the support website</source>
        <translation>el sitio web de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the country/region of your work account&apos;s tenant</source>
        <translation>el país o región del inquilino de tu cuenta profesional</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../wizard/app/file_actions.py" line="+38"/>
        <source>Still starting: try again in a moment.</source>
        <translation>Todavía se está iniciando: vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case exported to {path}.</source>
        <translation>Caso exportado a {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answers saved to {path}.</source>
        <translation>Respuestas guardadas en {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Summary saved to {path}.</source>
        <translation>Resumen guardado en {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case imported ({mode}).</source>
        <translation>Caso importado ({mode}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case changed here</source>
        <translation>Este caso ha cambiado aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} was changed on this computer after the packet was made. Importing would replace:
{lines}</source>
        <translation>El caso {case} se modificó en este equipo después de crear el paquete. Al importarlo se reemplazaría:
{lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace with the packet</source>
        <translation>&amp;Reemplazar con el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as a &amp;copy</source>
        <translation>Importar como &amp;copia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That didn&apos;t work</source>
        <translation>No ha funcionado</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../wizard/services/handoff.py" line="+62"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account (global admin)</source>
        <translation>Cuenta profesional (administrador global)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal business profile</source>
        <translation>Perfil comercial legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 1</source>
        <translation>Línea 1 de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Línea 2 de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer support details</source>
        <translation>Datos de soporte al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support email</source>
        <translation>Correo electrónico de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support phone</source>
        <translation>Teléfono de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support website</source>
        <translation>Sitio web de soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner ID</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner ID (the former MPN ID) of the location in your tenant&apos;s country</source>
        <translation>ID de partner (el antiguo ID de MPN) de la ubicación en el país de tu inquilino</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell (yours: {region}) on the dashboard overview. Then check Program info in your Partner profile.</source>
        <translation>Cuando tu cuenta esté lista, inicia sesión como administrador global y acepta el Contrato de partners de Microsoft para cada región de CSP en la que vendas (la tuya: {region}) en la información general del panel. Después, comprueba la información del programa en tu perfil de partner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell on the dashboard overview. Then check Program info in your Partner profile.</source>
        <translation>Cuando tu cuenta esté lista, inicia sesión como administrador global y acepta el Contrato de partners de Microsoft para cada región de CSP en la que vendas en la información general del panel. Después, comprueba la información del programa en tu perfil de partner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enroll on the Partner Center sign-up page</source>
        <translation>Inscribirse en la página de registro del Centro de partners</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in with your work account as a global admin, then give the values below in this order and select Enroll now.</source>
        <translation>Inicia sesión con tu cuenta profesional como administrador global, escribe los valores siguientes en este orden y selecciona Inscribirse ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you have the admin agent role</source>
        <translation>Comprobar que tienes el rol de agente de administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the dashboard, select the Settings icon, then Account settings &gt; User management. Select your name, select Admin agent if it isn&apos;t selected, then Update.</source>
        <translation>En el panel, selecciona el icono Configuración y, después, Configuración de la cuenta &gt; Administración de usuarios. Selecciona tu nombre, selecciona Agente de administración si no está seleccionado y, después, Actualizar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the Microsoft Partner Agreement</source>
        <translation>Firmar el Contrato de partners de Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider</source>
        <translation>Buscar un proveedor indirecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the list of official Microsoft indirect providers, then contact the one you want to work with.</source>
        <translation>Busca en la lista de proveedores indirectos oficiales de Microsoft y ponte en contacto con el que quieras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorize your indirect provider</source>
        <translation>Autorizar a tu proveedor indirecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the link in your provider&apos;s invitation email, sign in, check the box and select Authorize indirect provider. The provider then appears on your Indirect providers page.</source>
        <translation>Abre el vínculo del correo electrónico de invitación de tu proveedor, inicia sesión, activa la casilla y selecciona Autorizar proveedor indirecto. El proveedor aparece entonces en tu página Proveedores indirectos.</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../../wizard/ui/pages/handoff.py" line="+111"/>
        <source>Check your answers, then select Enroll now: Partner Center&apos;s sign-up page opens in your browser, and the wizard lists each value to give there, in order.</source>
        <translation>Revisa tus respuestas y selecciona Inscribirse ahora: la página de registro del Centro de partners se abre en tu explorador y el asistente enumera, en orden, cada valor que debes indicar allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Partner Center&apos;s sign-up page</source>
        <translation>En la página de registro del Centro de partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft takes enrollments only on its own page. Sign in there as a global admin, then give these values in this order: select Copy, paste it into the portal&apos;s field, and go on to the next one.</source>
        <translation>Microsoft solo acepta inscripciones en su propia página. Inicia sesión allí como administrador global y escribe estos valores en este orden: selecciona Copiar, pégalo en el campo del portal y pasa al siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the sign-up page again</source>
        <translation>Abrir de &amp;nuevo la página de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have sub&amp;mitted it</source>
        <translation>&amp;Ya la he enviado</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Later, on the web</source>
        <translation>Más adelante, en la web</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Did Partner Center accept your enrollment? Once recorded, your answers here become a read-only record and the wizard follows the review.</source>
        <translation>¿El Centro de partners aceptó tu inscripción? Una vez registrada, tus respuestas pasan a ser un registro de solo lectura y el asistente sigue la revisión.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Yes, record it</source>
        <translation>&amp;Sí, registrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check your customer support details, then select Open Partner Center: it opens in your browser, and the wizard lists each value to give in its account settings.</source>
        <translation>Revisa tus datos de soporte al cliente y selecciona Abrir el Centro de partners: se abre en tu navegador y el asistente enumera cada valor que debes indicar en la configuración de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Partner Center</source>
        <translation>A&amp;brir el Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Partner Center&apos;s account settings</source>
        <translation>En la configuración de la cuenta del Centro de partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your company is already enrolled in CSP: only your customer support details are needed. Sign in to Partner Center as a global admin, go to Settings (the gear icon) &gt; Account settings &gt; Organization profile, and give these values in its support section.</source>
        <translation>Tu empresa ya está inscrita en CSP: solo se necesitan tus datos de soporte al cliente. Inicia sesión en el Centro de partners como administrador global, ve a Configuración (el icono del engranaje) &gt; Configuración de la cuenta &gt; Perfil de la organización e indica estos valores en su sección de soporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Partner Center again</source>
        <translation>Abrir &amp;de nuevo el Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved the&amp;m</source>
        <translation>&amp;Ya los he guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did Partner Center save your customer support details? Once recorded, your answers here become a read-only record and your reseller account is ready.</source>
        <translation>¿El Centro de partners guardó tus datos de soporte al cliente? Una vez registrado, tus respuestas pasan a ser un registro de solo lectura y tu cuenta de revendedor está lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enroll now</source>
        <translation>&amp;Inscribirse ahora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You saved your customer support details on Partner Center ({time}). Your reseller account is ready: select Next.</source>
        <translation>Guardaste tus datos de soporte al cliente en el Centro de partners ({time}). Tu cuenta de revendedor está lista: selecciona Siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You submitted your enrollment on Partner Center ({time}). Microsoft emails your primary contact, {email}, to verify that they signed up and that the address belongs to your company; the review can take several days. Select Next to record its progress.</source>
        <translation>Enviaste tu inscripción en el Centro de partners ({time}). Microsoft envía un correo electrónico a tu contacto principal, {email}, para que verifique que se registró y que la dirección pertenece a tu empresa; la revisión puede tardar varios días. Selecciona Siguiente para registrar su avance.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {label}</source>
        <translation>Copiar {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open the page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page: {title}</source>
        <translation>Abrir la página: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied. Paste it into the portal&apos;s field.</source>
        <translation>Copiado. Pégalo en el campo del portal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner Center is open in your browser.</source>
        <translation>El Centro de partners está abierto en tu navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center&apos;s sign-up page is open in your browser.</source>
        <translation>La página de registro del Centro de partners está abierta en tu explorador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be opened. Go to {url} to enroll.</source>
        <translation>No se ha podido abrir ningún explorador. Ve a {url} para inscribirte.</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <location filename="../../wizard/ui/help_pane.py" line="+137"/>
        <source>&lt;p&gt;No help is available for this step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ayuda disponible para este paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Help for this step (F1)</source>
        <translation>Ayuda de este paso (F1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help (F1)</source>
        <translation>Ayuda (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;help for this step</source>
        <translation>Mostrar la a&amp;yuda de este paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;help</source>
        <translation>Mostrar la a&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the help pane beside the page</source>
        <translation>Muestra u oculta el panel de ayuda junto a la página</translation>
    </message>
</context>
<context>
    <name>LegalProfilePage</name>
    <message>
        <location filename="../../wizard/ui/pages/legal_profile.py" line="+30"/>
        <source>Provide or update your company&apos;s legal business profile, primary contact and customer support information. It&apos;s prefilled from your MPN profile; it must match your company&apos;s registration records exactly.</source>
        <translation>Proporciona o actualiza el perfil comercial legal de tu empresa, el contacto principal y la información de soporte al cliente. Se ha rellenado a partir de tu perfil de MPN y debe coincidir exactamente con los datos registrales de tu empresa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal business name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address line 1:</source>
        <translation>&amp;Dirección (línea 1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2 (optional):</source>
        <translation>Dirección (línea &amp;2, opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/p&amp;rovince:</source>
        <translation>E&amp;stado o provincia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;code:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry/region:</source>
        <translation>País o re&amp;gión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;st name:</source>
        <translation>Ape&amp;llidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support e&amp;mail:</source>
        <translation>C&amp;orreo electrónico de soporte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ph&amp;one:</source>
        <translation>Telé&amp;fono de soporte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;website (optional):</source>
        <translation>Sitio &amp;web de soporte (opcional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@yourcompany.com — not Gmail, Outlook.com, Yahoo!, iCloud or AOL</source>
        <translation>nombre@tuempresa.com — no Gmail, Outlook.com, Yahoo!, iCloud ni AOL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal business profile</source>
        <translation>Perfil comercial legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person we contact about your application.</source>
        <translation>La persona con la que contactaremos sobre tu solicitud.</translation>
    </message>
    <message>
        <source>Primary contact — the person we contact about your application</source>
        <translation type="vanished">Contacto principal: la persona con la que contactaremos sobre su solicitud</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Customer support information</source>
        <translation>Información de soporte al cliente</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../wizard/domain/lifecycle.py" line="+107"/>
        <source>Not submitted yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re still filling in your company&apos;s details. Nothing has been sent to Microsoft.</source>
        <translation>Todavía estás completando los datos de tu empresa. No se ha enviado nada a Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete every step, then select Enroll now.</source>
        <translation>Completa todos los pasos y, a continuación, selecciona Inscribirse ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for your primary contact to verify their email</source>
        <translation>Esperando a que tu contacto principal verifique su correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received your enrollment and emailed your primary contact. To protect your company, we need them to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</source>
        <translation>Hemos recibido tu inscripción y hemos enviado un correo electrónico a tu contacto principal. Para proteger a tu empresa, necesitamos que confirme que se registró en una cuenta del Centro de partners y que su dirección de correo electrónico pertenece a tu empresa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask your primary contact to open the verification email and select the link in it. If it hasn&apos;t arrived within one business day, resend it.</source>
        <translation>Pide a tu contacto principal que abra el correo de verificación y seleccione el vínculo que contiene. Si no ha llegado en un día laborable, vuelve a enviarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We&apos;re reviewing your information</source>
        <translation>Estamos revisando tu información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your primary contact verified their email. We&apos;re now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</source>
        <translation>Tu contacto principal ha verificado su correo electrónico. Ahora comprobamos que trabaja para tu empresa y que la razón social y la dirección de tu empresa coinciden con sus datos registrales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to do for now. The review takes several days; we&apos;ll email your primary contact when it&apos;s done.</source>
        <translation>No tienes que hacer nada por ahora. La revisión tarda varios días; enviaremos un correo electrónico a tu contacto principal cuando termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We need more information</source>
        <translation>Necesitamos más información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We couldn&apos;t verify part of the information you provided, so the review is paused.</source>
        <translation>No hemos podido verificar parte de la información que proporcionaste, por lo que la revisión está en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reason, correct your legal business profile so it matches your registration records exactly (no abbreviations), and resubmit. The review then starts again.</source>
        <translation>Lee el motivo, corrige tu perfil comercial legal para que coincida exactamente con tus datos registrales (sin abreviaturas) y vuelve a enviarlo. Entonces la revisión comenzará de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your enrollment was not approved</source>
        <translation>Tu inscripción no se ha aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We couldn&apos;t confirm that your company&apos;s details match its Microsoft partner profile.</source>
        <translation>No hemos podido confirmar que los datos de tu empresa coincidan con su perfil de partner de Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reason. If you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</source>
        <translation>Lee el motivo. Si crees que se trata de un error, ponte en contacto con el soporte del Centro de partners y aporta una prueba del registro de tu empresa, como un certificado de inscripción mercantil o fiscal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Partner Center account is ready</source>
        <translation>Tu cuenta del Centro de partners está lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We verified your company. You&apos;re enrolled in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation>Hemos verificado tu empresa. Estás inscrito en el programa Proveedor de soluciones en la nube (CSP) como revendedor indirecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you&apos;re in the admin agent group, sign the Microsoft Partner Agreement, then accept your indirect provider&apos;s invitation.</source>
        <translation>Asegúrate de pertenecer al grupo de agentes de administración, firma el Contrato de partners de Microsoft y, a continuación, acepta la invitación de tu proveedor indirecto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There&apos;s no verification step in progress.</source>
        <translation>No hay ningún paso de verificación en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s legal business profile is being entered; it hasn&apos;t been submitted.</source>
        <translation>Se está introduciendo el perfil comercial legal de tu empresa; aún no se ha enviado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We emailed your primary contact. They need to open the message and confirm that they signed up for a Partner Center account and that the address belongs to your company.</source>
        <translation>Hemos enviado un correo electrónico a tu contacto principal. Debe abrir el mensaje y confirmar que se registró en una cuenta del Centro de partners y que la dirección pertenece a tu empresa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We&apos;re checking that your primary contact&apos;s email address uses a domain your company owns.</source>
        <translation>Estamos comprobando que la dirección de correo electrónico de tu contacto principal usa un dominio propiedad de tu empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We&apos;re checking that your primary contact works for your company and uses a domain your company owns.</source>
        <translation>Estamos comprobando que tu contacto principal trabaja para tu empresa y usa un dominio propiedad de tu empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We&apos;re checking that your company legally exists at the address you gave, with exactly the name and address in its registration records.</source>
        <translation>Estamos comprobando que tu empresa existe legalmente en la dirección que indicaste, con exactamente el nombre y la dirección de sus datos registrales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We&apos;ve finished our checks and are making a decision.</source>
        <translation>Hemos terminado nuestras comprobaciones y estamos tomando una decisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else needs attention; the reason tells you what.</source>
        <translation>Hay algo más que requiere atención; el motivo te indica qué.</translation>
    </message>
</context>
<context>
    <name>LiveOverviewPage</name>
    <message>
        <location filename="../../wizard/ui/pages/live_overview.py" line="+30"/>
        <source>Your Partner Center account is ready. Finish setting it up on Partner Center&apos;s web pages, and tick each step here once it&apos;s done.</source>
        <translation>Tu cuenta del Centro de partners está lista. Termina de configurarla en las páginas web del Centro de partners y marca aquí cada paso cuando lo hayas hecho.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partner ID</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open in browser: {title}</source>
        <translation>Abrir en el explorador: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admin agent permissions</source>
        <translation>Permisos de agente de administración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To finish setting up your account, including adding other users, you need admin agent permissions. Microsoft offers no API for this: do it on Partner Center.</source>
        <translation>Para terminar de configurar tu cuenta, incluido agregar a otros usuarios, necesitas permisos de agente de administración. Microsoft no ofrece ninguna API para esto: hazlo en el Centro de partners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in browser</source>
        <translation>Abrir en el &amp;explorador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m in the a&amp;dmin agent group</source>
        <translation>Pertenezco al grupo de agentes de a&amp;dministración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Partner Agreement (Program info)</source>
        <translation>Contrato de partners de Microsoft (Información del programa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</source>
        <translation>Todos los revendedores indirectos deben aceptar el Contrato de partners de Microsoft, una vez por cada región de CSP en la que operen. Para aceptarlo se necesitan credenciales de administrador global.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that you&apos;ve signed the Microsoft Partner Agreement on the Program Info section of Partner profile.</source>
        <translation>Confirma que has firmado el Contrato de partners de Microsoft en la sección Información del programa del Perfil de partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in bro&amp;wser</source>
        <translation>Abrir en el e&amp;xplorador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Partner p&amp;rofile</source>
        <translation>Abrir el Perfil de pa&amp;rtner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner profile</source>
        <translation>Perfil de partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;greement accepted for {region}</source>
        <translation>&amp;Contrato aceptado para {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your CSP region</source>
        <translation>tu región de CSP</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Connect with an indirect provider</source>
        <translation>Conectar con un proveedor indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation>Busca un proveedor indirecto, acepta su invitación, consulta los clientes que compartes con él e invita a clientes nuevos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open indirect &amp;providers and customers</source>
        <translation>Abrir proveedores &amp;indirectos y clientes</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Your Partner ID: {partner_id}</source>
        <translation>Tu ID de partner: {partner_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Partner Center which Partner ID it has linked…</source>
        <translation>Preguntando al Centro de partners qué ID de partner tiene vinculado…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner ID linked in Partner Center: {partner_id}</source>
        <translation>ID de partner vinculado en el Centro de partners: {partner_id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It isn&apos;t the Partner ID this case has ({partner_id}): check Account settings → Identifiers in Partner Center.</source>
        <translation>No es el ID de partner de este caso ({partner_id}): revisa Configuración de la cuenta → Identificadores en el Centro de partners.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partner Center has no Partner ID linked yet: add it in Account settings → Identifiers.</source>
        <translation>El Centro de partners todavía no tiene ningún ID de partner vinculado: agrega uno en Configuración de la cuenta → Identificadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center didn&apos;t say which Partner ID is linked; check it in Account settings → Identifiers.</source>
        <translation>El Centro de partners no ha indicado qué ID de partner está vinculado; revísalo en Configuración de la cuenta → Identificadores.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ Recorded on {date} by {who}.</source>
        <translation>✔ Registrado el {date} por {who}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded in the case&apos;s audit trail.</source>
        <translation>Registrado en el registro de auditoría del caso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The page is open in your browser.</source>
        <translation>La página está abierta en tu explorador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No browser could be opened. Go to {url}</source>
        <translation>No se ha podido abrir ningún explorador. Ve a {url}</translation>
    </message>
</context>
<context>
    <name>LiveRelationshipsWindow</name>
    <message>
        <location filename="../../wizard/ui/live_relationships.py" line="+40"/>
        <source>&amp;Find a provider</source>
        <translation>&amp;Buscar un proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nvitation</source>
        <translation>&amp;Invitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You remove a provider&apos;s administrator access to your work account in the Microsoft 365 admin center; Partner Center&apos;s indirect providers page shows who they are.</source>
        <translation>El acceso de administrador de un proveedor a tu cuenta profesional se quita en el Centro de administración de Microsoft 365; la página de proveedores indirectos del Centro de partners muestra quiénes son.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Open the find-a-provider page</source>
        <translation>&amp;Abrir la página para buscar un proveedor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Partner Center offers no API to search for indirect providers: search Microsoft&apos;s list on the web.</source>
        <translation>El Centro de partners no ofrece ninguna API para buscar proveedores indirectos: busca en la lista de Microsoft en la web.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Partner Center&apos;s &amp;dashboard</source>
        <translation>Abrir el pan&amp;el del Centro de partners</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A provider&apos;s invitation is accepted and authorized on Partner Center&apos;s web pages, not here.</source>
        <translation>La invitación de un proveedor se acepta y se autoriza en las páginas web del Centro de partners, no aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite new customers</source>
        <translation>Invitar a clientes nuevos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the customer the link Partner Center makes for you: when they open it and accept the reseller relationship, they appear here.</source>
        <translation>Envía al cliente el vínculo que el Centro de partners crea para ti: cuando lo abra y acepte la relación de revendedor, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y link</source>
        <translation>Copiar el vínc&amp;ulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation lin&amp;k:</source>
        <translation>Vínculo de invi&amp;tación:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email &amp;it</source>
        <translation>Enviar por c&amp;orreo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;email:</source>
        <translation>Correo electrónico del clie&amp;nte:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a provider on the &amp;web</source>
        <translation>Buscar un proveedor en la &amp;web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the indirect providers pa&amp;ge</source>
        <translation>Abrir la pá&amp;gina de proveedores indirectos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indirect providers page: on Partner Center&apos;s dashboard, select Indirect providers in the menu.</source>
        <translation>Página de proveedores indirectos: en el panel del Centro de partners, selecciona Proveedores indirectos en el menú.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your customers in Partner Center</source>
        <translation>Tus clientes en el Centro de partners</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read from Partner Center.</source>
        <translation>Leído del Centro de partners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center lists no indirect provider for your account yet.</source>
        <translation>El Centro de partners todavía no muestra ningún proveedor indirecto para tu cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner Center couldn&apos;t be read just now ({reason}). The last known state is shown.</source>
        <translation>No se ha podido leer el Centro de partners en este momento ({reason}). Se muestra el último estado conocido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Partner Center didn&apos;t give the invitation link: on its dashboard, select Customers, then Request a reseller relationship.</source>
        <translation>El Centro de partners no ha dado el vínculo de invitación: en su panel, selecciona Clientes y, después, Solicitar una relación de revendedor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link copied. Paste it into an email to your customer.</source>
        <translation>Vínculo copiado. Pégalo en un correo electrónico para tu cliente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept a reseller relationship with {company}</source>
        <translation>Acepta una relación de revendedor con {company}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hello,

To let us work with you as your Microsoft Cloud Solution Provider, please open this link, sign in as a global admin of your company and accept the reseller relationship:

{url}
</source>
        <translation>Hola:

Para que podamos trabajar contigo como tu proveedor de soluciones en la nube (CSP) de Microsoft, abre este vínculo, inicia sesión como administrador global de tu empresa y acepta la relación de revendedor:

{url}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An email to {email} is open in your mail app. Send it; the customer appears here once they accept.</source>
        <translation>Tienes abierto en tu aplicación de correo un correo electrónico para {email}. Envíalo; el cliente aparecerá aquí cuando acepte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mail app could be opened: copy the link instead.</source>
        <translation>No se ha podido abrir ninguna aplicación de correo: copia el vínculo en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser could be opened. Go to {url}</source>
        <translation>No se ha podido abrir ningún explorador. Ve a {url}</translation>
    </message>
</context>
<context>
    <name>LiveSettingsDialog</name>
    <message>
        <location filename="../../wizard/ui/live_settings.py" line="+16"/>
        <source>Live mode settings</source>
        <translation>Configuración del modo real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (&amp;client) ID:</source>
        <translation>I&amp;D de la aplicación (cliente):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Autoridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft &amp;Graph endpoint:</source>
        <translation>Punto de conexión de Microsoft &amp;Graph:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner Center endpoint:</source>
        <translation>Punto de conexión del &amp;Centro de partners:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by {variable} in the environment, which wins over this setting.</source>
        <translation>Definido por {variable} en el entorno, que prevalece sobre esta configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client ID is your organization&apos;s own app registration in Microsoft Entra ID (see the README&apos;s &quot;Live mode&quot; section). Change the authority and endpoints only for a sovereign cloud or a test server. Environment variables (WIZARD_LIVE_CLIENT_ID and the others) win over these values.</source>
        <translation>El id. de cliente es el registro de aplicación propio de tu organización en Microsoft Entra ID (consulta la sección «Live mode» del README). Cambia la autoridad y los puntos de conexión solo para una nube soberana o un servidor de pruebas. Las variables de entorno (WIZARD_LIVE_CLIENT_ID y las demás) prevalecen sobre estos valores.</translation>
    </message>
</context>
<context>
    <name>LiveSignInPage</name>
    <message>
        <location filename="../../wizard/ui/pages/live_sign_in.py" line="+42"/>
        <source>Sign in with Microsoft, in your browser, with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</source>
        <translation>Inicia sesión con Microsoft, en tu explorador, con la cuenta profesional que usas como administrador global de Office 365, Microsoft Azure o Microsoft Dynamics CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your browser opens Microsoft&apos;s sign-in page; the wizard never sees your password. Then the wizard checks that you&apos;re a global admin and reads your tenant&apos;s country/region and verified domains.</source>
        <translation>Tu explorador abre la página de inicio de sesión de Microsoft; el asistente nunca ve tu contraseña. Después, el asistente comprueba que eres administrador global y lee el país o región y los dominios comprobados de tu inquilino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in with Microsoft</source>
        <translation>&amp;Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a co&amp;de instead</source>
        <translation>Iniciar sesión con un có&amp;digo</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-in</source>
        <translation type="vanished">Ca&amp;ncelar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l sign-in</source>
        <translation>&amp;Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work account? &amp;Create one</source>
        <translation>¿No tienes una cuenta profesional? C&amp;rear una</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your tenant&apos;s co&amp;untry/region:</source>
        <translation>País o región de tu in&amp;quilino:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Partner Center already has an approved legal business profile for this tenant. If your company is already enrolled in CSP as an indirect reseller, tick this: only your customer support details are asked. If it is enrolled in another program, leave it unticked and go on.</source>
        <translation>El Centro de partners ya tiene un perfil comercial legal aprobado para este inquilino. Si tu empresa ya está inscrita en CSP como revendedor indirecto, marca esta casilla: solo se te pedirán los datos de soporte al cliente. Si está inscrita en otro programa, déjala sin marcar y continúa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My company is &amp;already enrolled in CSP as an indirect reseller</source>
        <translation>Mi empresa &amp;ya está inscrita en CSP como revendedor indirecto</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Signed in as {account} (tenant {tenant}, {country}).</source>
        <translation>Sesión iniciada como {account} (inquilino {tenant}, {country}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {account}.</source>
        <translation>Sesión iniciada como {account}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last signed in as {account}. The enrollment is submitted: when the status page asks, sign in again there.</source>
        <translation>Última sesión iniciada como {account}. La inscripción ya está enviada: cuando la página de estado lo pida, vuelve a iniciar sesión allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed in as {account} (tenant {tenant}). Sign in again to continue with Microsoft.</source>
        <translation>Última sesión iniciada como {account} (inquilino {tenant}). Vuelve a iniciar sesión para continuar con Microsoft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed in as {account}. Sign in again to continue with Microsoft.</source>
        <translation>Última sesión iniciada como {account}. Vuelve a iniciar sesión para continuar con Microsoft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>Inicia sesión con Microsoft en la ventana del explorador que se ha abierto…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Pidiendo a Microsoft un código de inicio de sesión…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On any device, go to {url} and enter the code {code}. The wizard waits here until you have signed in.</source>
        <translation>En cualquier dispositivo, ve a {url} y escribe el código {code}. El asistente espera aquí hasta que inicies sesión.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed out: the sign-in kept on this computer was removed. Sign in again to continue with Microsoft.</source>
        <translation>Sesión cerrada: se quitó el inicio de sesión guardado en este equipo. Vuelve a iniciar sesión para continuar con Microsoft.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in kept on this computer was removed. Sign in again to read the status from Partner Center.</source>
        <translation type="vanished">Sesión cerrada: se ha quitado el inicio de sesión guardado en este equipo. Vuelve a iniciar sesión para leer el estado en el Centro de partners.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Microsoft&apos;s sign-up page is open in your browser. Create your work account there, then come back and sign in with it as its global admin.</source>
        <translation>La página de registro de Microsoft está abierta en tu explorador. Crea allí tu cuenta profesional y, después, vuelve e inicia sesión con ella como administrador global.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be opened. Go to {url} to create a work account.</source>
        <translation>No se ha podido abrir ningún explorador. Ve a {url} para crear una cuenta profesional.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wizard/ui/main_window.py" line="+43"/>
        <source>Enroll as an indirect reseller — CSP onboarding</source>
        <translation>Inscribirse como revendedor indirecto — Incorporación a CSP</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+301"/>
        <source>Not saved yet — retrying</source>
        <translation>Aún sin guardar — reintentando</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases…</source>
        <translation>&amp;Casos…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>&amp;Exportar el caso para un compañero…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Case packets (*.json)</source>
        <translation>Paquetes de caso (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import a case…</source>
        <translation>&amp;Importar un caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;answers file…</source>
        <translation>Guardar como archivo de &amp;respuestas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers files (*.toml *.json)</source>
        <translation>Archivos de respuestas (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable &amp;summary (PDF)…</source>
        <translation>Resumen imprimi&amp;ble (PDF)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support s&amp;taff name…</source>
        <translation>Nombre del personal de so&amp;porte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Live mode settings…</source>
        <translation>Configuración del &amp;modo real…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Par&amp;tner Center</source>
        <translation>Centro de &amp;partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indirect providers and customers…</source>
        <translation>Proveedores &amp;indirectos y clientes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbo&amp;x</source>
        <translation>Entorno de prue&amp;bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emails the sandbox Partner Center sent, with their links</source>
        <translation>Los correos electrónicos que envió el Centro de partners de pruebas, con sus vínculos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;link…</source>
        <translation>Abrir un &amp;vínculo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advance the clock by 1 &amp;day</source>
        <translation>Adelantar el reloj 1 &amp;día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advance the clock by &amp;3 days</source>
        <translation>Adelantar el reloj &amp;3 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the clock by &amp;7 days</source>
        <translation>Adelantar el reloj &amp;7 días</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Moving the sandbox clock forward…</source>
        <translation>Adelantando el reloj del entorno de pruebas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox time is now {time}.</source>
        <translation>La hora del entorno de pruebas es ahora {time}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox clock could not be moved: {reason}</source>
        <translation>No se ha podido adelantar el reloj del entorno de pruebas: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Support staff name</source>
        <translation>Nombre del personal de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name, recorded in every case&apos;s audit trail (empty: your computer login):</source>
        <translation>Tu &amp;nombre, que se registra en el registro de auditoría de cada caso (vacío: tu inicio de sesión del equipo):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a file</source>
        <translation>Elige un archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSP onboarding wizard: enroll as an indirect reseller in the Cloud Solution Provider program. Runs against the embedded sandbox Partner Center.</source>
        <translation>Asistente de incorporación a CSP: inscríbete como revendedor indirecto en el programa Proveedor de soluciones en la nube (CSP). Funciona con el Centro de partners de pruebas integrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your last changes could not be saved: {reason}</source>
        <translation>No se han podido guardar tus últimos cambios: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved — changed elsewhere</source>
        <translation>Sin guardar — modificado en otro lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this case</source>
        <translation>Otra persona ha modificado este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved values:</source>
        <translation>Tus valores sin guardar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload the case</source>
        <translation>&amp;Volver a cargar el caso</translation>
    </message>
</context>
<context>
    <name>ManualStatusPage</name>
    <message>
        <location filename="../../wizard/ui/pages/manual_status.py" line="+65"/>
        <source>Record the review of your enrollment as Microsoft emails your primary contact about it.</source>
        <translation>Registra la revisión de tu inscripción a medida que Microsoft envía correos electrónicos a tu contacto principal sobre ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Microsoft has told you</source>
        <translation>Lo que te ha comunicado Microsoft</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Partner Center doesn&apos;t report this account&apos;s enrollment status to the wizard, so tick each step when it happens, with its date.</source>
        <translation>El Centro de partners no comunica al asistente el estado de inscripción de esta cuenta, así que marca cada paso cuando ocurra, con su fecha.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Verification &amp;email confirmed by the primary contact</source>
        <translation>&amp;Correo electrónico de verificación confirmado por el contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;on:</source>
        <translation>Con&amp;firmado el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft as&amp;ked for more information (an email about your legal business profile)</source>
        <translation>Microsoft pidió más información (un correo que dice &amp;qué corregir en tu perfil comercial legal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aske&amp;d on:</source>
        <translation>Pe&amp;dida el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal business profile corrected in Partner Center as asked: the review resumed</source>
        <translation>&amp;Ya corregí el perfil comercial legal en el Centro de partners como se pidió: la revisión se reanudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrected on:</source>
        <translation>Corre&amp;gido el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment a&amp;pproved: the Partner Center account is ready</source>
        <translation>Inscripción apro&amp;bada: la cuenta del Centro de partners está lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved on:</source>
        <translation>Apr&amp;obada el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment rejected b&amp;y Microsoft</source>
        <translation>Inscripción rechazada por &amp;Microsoft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;jected on:</source>
        <translation>Rechazada &amp;el:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Cancela&amp;r el inicio de sesión</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the status of your enrollment from Partner Center…</source>
        <translation>Leyendo el estado de tu inscripción en el Centro de partners…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read from Partner Center.</source>
        <translation>Leído del Centro de partners.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_status_words.py" line="+15"/>
        <source>Partner Center received your enrollment, and Microsoft emailed your primary contact to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</source>
        <translation>El Centro de partners recibió tu inscripción, y Microsoft envió un correo a tu contacto principal para confirmar que se registró en una cuenta del Centro de partners y que su dirección de correo electrónico pertenece a tu empresa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What&apos;s next: ask your primary contact to look for Microsoft&apos;s verification email (in the junk folder too) and select the link in it. If it hasn&apos;t arrived within one business day, resend it from Partner Center: Organization profile, then Legal info.</source>
        <translation>Próximos pasos: pide a tu contacto principal que busque el correo de verificación de Microsoft (también en la carpeta de correo no deseado) y seleccione el vínculo que contiene. Si no ha llegado en un día laborable, vuelve a enviarlo desde el Centro de partners: Perfil de la organización y, después, Información legal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your primary contact verified their email. Microsoft is now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</source>
        <translation>Tu contacto principal verificó su correo. Ahora Microsoft comprueba que trabaja para tu empresa y que la razón social y la dirección de tu empresa coinciden con sus datos registrales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What&apos;s next: nothing to do for now. The review takes several business days; Microsoft emails your primary contact when it&apos;s done, or when it needs more information.</source>
        <translation>Próximos pasos: de momento no tienes que hacer nada. La revisión tarda varios días laborables; Microsoft envía un correo a tu contacto principal cuando termina o cuando necesita más información.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft couldn&apos;t verify part of your company&apos;s information and emailed your primary contact about it. The review is paused until you correct it.</source>
        <translation>Microsoft no pudo verificar parte de la información de tu empresa y envió un correo a tu contacto principal sobre ello. La revisión está en pausa hasta que lo corrijas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s next: in Partner Center (Organization profile, then Legal info), correct your legal business profile as Microsoft&apos;s email says, so that it matches your registration records exactly, and send the proof it asks for, such as a business registration certificate. Then record the correction below with its date.</source>
        <translation>Próximos pasos: en el Centro de partners (Perfil de la organización y, después, Información legal), corrige tu perfil comercial legal como indica el correo de Microsoft, para que coincida exactamente con tus datos registrales, y envía la prueba que pide, como un certificado de registro mercantil. Después, registra la corrección aquí abajo con su fecha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft didn&apos;t approve your enrollment. Its email to your primary contact says why.</source>
        <translation>Microsoft no aprobó tu inscripción. El correo de Microsoft a tu contacto principal explica el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s next: if you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</source>
        <translation>Próximos pasos: si crees que es un error, ponte en contacto con el soporte del Centro de partners con una prueba del registro de tu empresa, como un certificado de registro mercantil o fiscal.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/manual_status.py" line="+42"/>
        <source>Until you sign in again, you can record here what Microsoft&apos;s emails tell you: tick each step when it happens, with its date.</source>
        <translation>Hasta que vuelvas a iniciar sesión, puedes registrar aquí lo que te indiquen los correos de Microsoft: marca cada paso cuando ocurra, con su fecha.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your browser opens Microsoft&apos;s sign-in page. Sign in with a work account of {tenant}, the tenant this enrollment is for.</source>
        <translation>Tu navegador abre la página de inicio de sesión de Microsoft. Inicia sesión con una cuenta profesional de {tenant}, el inquilino de esta inscripción.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>Inicia sesión con Microsoft en la ventana del navegador que se ha abierto…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Yes, &amp;record it</source>
        <translation>Sí, registrar&amp;lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, &amp;wait</source>
        <translation>De&amp;jarlo para más tarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record that Microsoft approved your enrollment on {date}? The review then ends here; it can&apos;t be undone.</source>
        <translation>¿Registrar que Microsoft aprobó tu inscripción el {date}? La revisión termina aquí; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that Microsoft rejected your enrollment on {date}? The review then ends here; it can&apos;t be undone.</source>
        <translation>¿Registrar que Microsoft rechazó tu inscripción el {date}? La revisión termina aquí; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded in the case&apos;s audit trail.</source>
        <translation>Registrado en el registro de auditoría del caso.</translation>
    </message>
</context>
<context>
    <name>MpnPage</name>
    <message>
        <location filename="../../wizard/ui/pages/mpn.py" line="+44"/>
        <source>Sign in to the Partner Membership Center, then select the MPN ID of the active company profile located in the same country/region as your work account&apos;s tenant.</source>
        <translation>Inicia sesión en Partner Membership Center y, a continuación, selecciona el ID de MPN del perfil de empresa activo ubicado en el mismo país o región que el inquilino de tu cuenta profesional.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in to &amp;Partner Membership Center</source>
        <translation>Iniciar &amp;sesión en Partner Membership Center</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PMC &amp;user name:</source>
        <translation>Nombre de usuario de P&amp;MC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC pass&amp;word:</source>
        <translation>Contras&amp;eña de PMC:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;MPN ID:</source>
        <translation>&amp;ID de MPN:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t be chosen: {reason}</source>
        <translation>No se puede elegir: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in to see your company profiles.</source>
        <translation>Inicia sesión para ver los perfiles de tu empresa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected MPN ID {mpn_id} ({company}).</source>
        <translation>ID de MPN seleccionado: {mpn_id} ({company}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your Partner Membership Center user name.</source>
        <translation>Escribe tu nombre de usuario de Partner Membership Center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Partner Membership Center password.</source>
        <translation>Escribe tu contraseña de Partner Membership Center.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in to the Partner Membership Center…</source>
        <translation>Iniciando sesión en Partner Membership Center…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln company profile(s) found. Select one.</source>
        <translation>
            <numerusform>Se ha encontrado %Ln perfil de empresa. Selecciona uno.</numerusform>
            <numerusform>Se han encontrado %Ln perfiles de empresa. Selecciona uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} company profiles found. Select one.</source>
        <translation type="vanished">Se han encontrado {count} perfiles de empresa. Seleccione uno.</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../wizard/ui/notes_dialog.py" line="+45"/>
        <source>Notes — %1</source>
        <translation>Notas — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes, oldest first</source>
        <translation>Notas, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note for whoever picks this case up next</source>
        <translation>Escribe una nota para quien retome este caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New note:</source>
        <translation>&amp;Nueva nota:</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../wizard/ui/outbox.py" line="+77"/>
        <source>Sandbox outbox</source>
        <translation>Bandeja de salida del entorno de pruebas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the sandbox&apos;s simulated mailbox: the emails the sandbox Partner Center would have sent. Nothing here was delivered; open a link to act as the person who received the email.</source>
        <translation>Este es el buzón simulado del entorno de pruebas: los correos electrónicos que habría enviado el Centro de partners de pruebas. No se ha entregado nada; abre un vínculo para actuar como la persona que recibió el correo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent emails, newest first</source>
        <translation>Correos enviados, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email text</source>
        <translation>Texto del correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No email selected. The sandbox sends the verification email to the primary contact when you select Enroll now.</source>
        <translation>No hay ningún correo seleccionado. El entorno de pruebas envía el correo de verificación al contacto principal cuando seleccionas Inscribirse ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to open</source>
        <translation>Vínculo que se abrirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open link</source>
        <translation>&amp;Abrir vínculo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a &amp;link:</source>
        <translation>Abrir un &amp;vínculo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{time}   {to}   {subject}</source>
        <translation>{time}   {to}   {subject}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>No se ha podido leer la bandeja de salida: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From: Microsoft Partner Center (sandbox)
To: {to}
Sent: {time}
Subject: {subject}</source>
        <translation>De: Centro de partners de Microsoft (entorno de pruebas)
Para: {to}
Enviado: {time}
Asunto: {subject}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening the link…</source>
        <translation>Abriendo el vínculo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link was opened.</source>
        <translation>Se ha abierto el vínculo.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../wizard/ui/pages/overview.py" line="+30"/>
        <source>Your Partner Center account is ready. Finish setting it up.</source>
        <translation>Tu cuenta del Centro de partners está lista. Termina de configurarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ You&apos;ve accepted the Microsoft Partner Agreement. You can transact in CSP.</source>
        <translation>✔ Has aceptado el Contrato de partners de Microsoft. Ya puedes realizar transacciones en CSP.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Admin agent permissions</source>
        <translation>Permisos de agente de administración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To finish setting up your account, including adding other users, you need admin agent permissions. In Partner Center: Settings → User management → select your name → Admin agent → Update. The wizard can do this for you.</source>
        <translation>Para terminar de configurar tu cuenta, incluido agregar otros usuarios, necesitas permisos de agente de administración. En el Centro de partners: Configuración → Administración de usuarios → selecciona tu nombre → Agente de administración → Actualizar. El asistente puede hacerlo por ti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add me to the admin agent group</source>
        <translation>Agregarme al grupo &amp;de agentes de administración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner profile</source>
        <translation>Perfil de partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your membership is still in the Partner Membership Center. Move it to Partner Center before you sign the Microsoft Partner Agreement:
1. Sign in to Partner Center with your global admin work account.
2. Follow the guide to migrating from PMC to Partner Center to link your MPN ID.
3. Check the account type in Partner profile: it must say Partner Center.</source>
        <translation>Tu pertenencia sigue en Partner Membership Center. Trasládala al Centro de partners antes de firmar el Contrato de partners de Microsoft:
1. Inicia sesión en el Centro de partners con tu cuenta profesional de administrador global.
2. Sigue la guía de migración de PMC al Centro de partners para vincular tu ID de MPN.
3. Comprueba el tipo de cuenta en el perfil de partner: debe indicar Centro de partners.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to Partner Center</source>
        <translation>&amp;Mover al Centro de partners</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Microsoft Partner Agreement (Program info)</source>
        <translation>Contrato de partners de Microsoft (Información del programa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</source>
        <translation>Todos los revendedores indirectos deben aceptar el Contrato de partners de Microsoft, una vez por cada región de CSP en la que operen. Para aceptarlo se necesitan credenciales de administrador global.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSP &amp;region:</source>
        <translation>&amp;Región de CSP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Global admin:</source>
        <translation>Administrador &amp;global:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccept the Microsoft Partner Agreement</source>
        <translation>A&amp;ceptar el Contrato de partners de Microsoft</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Connect with an indirect provider</source>
        <translation>Conectar con un proveedor indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation>Busca un proveedor indirecto, acepta su invitación, consulta los clientes que compartes con él e invita a clientes nuevos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open indirect &amp;providers and customers</source>
        <translation>Abrir proveedores &amp;indirectos y clientes</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking your account…</source>
        <translation>Comprobando tu cuenta…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✔ You ({user}) are in the admin agent group.</source>
        <translation>✔ Tú ({user}) perteneces al grupo de agentes de administración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not in the admin agent group yet.</source>
        <translation>Todavía no perteneces al grupo de agentes de administración.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account type: Partner Membership Center (not moved yet)</source>
        <translation>Tipo de cuenta: Partner Membership Center (aún sin trasladar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account type: Partner Center — MPN ID {mpn}, {country}</source>
        <translation>Tipo de cuenta: Centro de partners — ID de MPN {mpn}, {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Signed on {time}</source>
        <translation>✔ Firmado el {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed yet</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updating your permissions…</source>
        <translation>Actualizando tus permisos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving your account to Partner Center…</source>
        <translation>Trasladando tu cuenta al Centro de partners…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the global admin&apos;s password to accept the agreement.</source>
        <translation>Escribe la contraseña del administrador global para aceptar el contrato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepting the Microsoft Partner Agreement…</source>
        <translation>Aceptando el Contrato de partners de Microsoft…</translation>
    </message>
</context>
<context>
    <name>PartnerIdPage</name>
    <message>
        <location filename="../../wizard/ui/pages/partner_id.py" line="+19"/>
        <source>Enter your Partner ID, the ID of your company&apos;s location in your tenant&apos;s country/region.</source>
        <translation>Escribe tu ID de partner, el ID de la ubicación de tu empresa en el país o región de tu inquilino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Partner ID is made of digits only, like 1234567.</source>
        <translation>Un ID de partner tiene solo dígitos, como 1234567.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the Partner ID (formerly the MPN ID) of your company&apos;s location in the same country/region as your work account&apos;s tenant.</source>
        <translation>Escribe el ID de partner (antes, el ID de MPN) de la ubicación de tu empresa en el mismo país o región que el inquilino de tu cuenta profesional.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Partner ID:</source>
        <translation>&amp;ID de partner:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Partner Center already has this Partner ID linked to your account. Check that it is the ID of your company&apos;s location in your tenant&apos;s country/region, not of its headquarters.</source>
        <translation>El Centro de partners ya tiene este ID de partner vinculado a tu cuenta. Comprueba que es el ID de la ubicación de tu empresa en el país o región de tu inquilino, no el de su sede central.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your tenant&apos;s country/region ({country})</source>
        <translation>el país o región de tu inquilino ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your tenant&apos;s country/region</source>
        <translation>el país o región de tu inquilino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the country matters: one CSP account belongs to exactly one location of your company, the one in {where}. Partner Center links the Partner ID of that location, and your legal country/region can&apos;t be changed later. Find it in Partner Center under Account settings &gt; Identifiers, or in the Microsoft AI Cloud Partner Program; Partner Membership Center was retired in 2022.</source>
        <translation>Por qué importa el país: una cuenta de CSP pertenece exactamente a una ubicación de tu empresa, la de {where}. El Centro de partners vincula el ID de partner de esa ubicación, y tu país o región legal no se puede cambiar más adelante. Lo encontrarás en el Centro de partners, en Configuración de la cuenta &gt; Identificadores, o en Microsoft AI Cloud Partner Program; el Centro de pertenencia de partners dejó de existir en 2022.</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <location filename="../../wizard/ui/provider_directory.py" line="+34"/>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Technical training and assistance</source>
        <translation>&amp;Formación técnica y asistencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar&amp;keting help</source>
        <translation>Ayuda de &amp;marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing and cre&amp;dit terms</source>
        <translation>Financiación y condiciones de c&amp;rédito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country/re&amp;gion served:</source>
        <translation>País o re&amp;gión atendidos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services:</source>
        <translation>Servicios:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Providers you can work with</source>
        <translation>Proveedores con los que puedes trabajar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Why isn&apos;t a provider listed?</source>
        <translation>¿Por qu&amp;é no aparece un proveedor?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Official Microsoft indirect providers (distributors) your legal business location allows you to work with. Contact a provider directly to discuss its reseller program; it then sends you an invitation.</source>
        <translation>Proveedores indirectos oficiales de Microsoft (distribuidores) con los que la ubicación legal de tu empresa te permite trabajar. Ponte en contacto directamente con un proveedor para hablar de su programa de revendedores; después te enviará una invitación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln provider(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %Ln proveedor.</numerusform>
            <numerusform>Se han encontrado %Ln proveedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} providers found.</source>
        <translation type="vanished">Se han encontrado {count} proveedores.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technical training and assistance</source>
        <translation>Formación técnica y asistencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing help</source>
        <translation>Ayuda de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing and credit terms</source>
        <translation>Financiación y condiciones de crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions: {regions}</source>
        <translation>Regiones: {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves: {countries}</source>
        <translation>Atiende a: {countries}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: {services}</source>
        <translation>Servicios: {services}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type part of the provider&apos;s name in Search first.</source>
        <translation>Escribe primero parte del nombre del proveedor en Buscar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No provider matching that name is left out for your location.</source>
        <translation>Ningún proveedor con ese nombre queda excluido para tu ubicación.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../wizard/domain/regions.py" line="+134"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your legal business location, {where}, is not in any CSP region, so you can&apos;t work with indirect providers such as {provider}.</source>
        <translation>La ubicación legal de tu empresa, {where}, no está en ninguna región de CSP, por lo que no puedes trabajar con proveedores indirectos como {provider}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} doesn&apos;t serve any CSP region; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} no atiende ninguna región de CSP; la ubicación legal de tu empresa, {where}, está en la región {region}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} serves only the {regions} region; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} solo atiende la región {regions}; la ubicación legal de tu empresa, {where}, está en la región {region}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} serves only the {regions} regions; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} solo atiende las regiones {regions}; la ubicación legal de tu empresa, {where}, está en la región {region}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/messages.py" line="-32"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia and Pacific</source>
        <translation>Asia y Pacífico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea, Republic of</source>
        <translation>Corea, República de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East, Central Europe, and Eastern Europe</source>
        <translation>Oriente Medio, Europa Central y Europa del Este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>RelationshipsWindow</name>
    <message>
        <location filename="../../wizard/ui/relationships.py" line="+47"/>
        <source>Indirect providers and customers</source>
        <translation>Proveedores indirectos y clientes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Find a provider</source>
        <translation>&amp;Buscar un proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nvitation</source>
        <translation>&amp;Invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect &amp;providers</source>
        <translation>&amp;Proveedores indirectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connecting with indirect providers is available once your Partner Center account is ready.
Your enrollment is still being reviewed (status: {status}). Follow it on the Enrollment status page; then accept the Microsoft Partner Agreement on the CSP overview.</source>
        <translation>Podrás conectar con proveedores indirectos cuando tu cuenta del Centro de partners esté lista.
Tu inscripción aún se está revisando (estado: {status}). Sigue su evolución en la página Estado de la inscripción y, después, acepta el Contrato de partners de Microsoft en la información general de CSP.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the invitation…</source>
        <translation>Abriendo la invitación…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow the link in a provider&apos;s invitation email to see it here.</source>
        <translation>Sigue el vínculo del correo de invitación de un proveedor para verla aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you establish a partnership with an indirect provider, you authorize them to submit orders and add subscriptions on behalf of your customers, and you grant them administrator access to your company&apos;s work account. You can remove that administrator access later.</source>
        <translation>Cuando estableces una asociación con un proveedor indirecto, le autorizas a enviar pedidos y agregar suscripciones en nombre de tus clientes, y le concedes acceso de administrador a la cuenta profesional de tu empresa. Puedes quitar ese acceso de administrador más adelante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I &amp;authorize this provider to be my indirect provider</source>
        <translation>&amp;Autorizo a este proveedor a ser mi proveedor indirecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorize &amp;indirect provider</source>
        <translation>Autori&amp;zar proveedor indirecto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{provider} invites you to authorize them as your indirect provider.
Sent {sent}; valid until {until}.
Regions: {regions}</source>
        <translation>{provider} te invita a autorizarlo como tu proveedor indirecto.
Enviada el {sent}; válida hasta el {until}.
Regiones: {regions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ You&apos;ve signed the Microsoft Partner Agreement for {regions}.</source>
        <translation>✔ Has firmado el Contrato de partners de Microsoft para {regions}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You haven&apos;t signed the Microsoft Partner Agreement for {regions}. Providers refuse orders from resellers who haven&apos;t signed it for that region: accept it on the CSP overview first.</source>
        <translation>No has firmado el Contrato de partners de Microsoft para {regions}. Los proveedores rechazan los pedidos de los revendedores que no lo han firmado para esa región: acéptalo primero en la información general de CSP.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{provider} is now your indirect provider. You&apos;re on their Indirect resellers list.</source>
        <translation>{provider} es ahora tu proveedor indirecto. Figuras en su lista de revendedores indirectos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your indirect providers</source>
        <translation>Tus proveedores indirectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator access</source>
        <translation>Acceso de administrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View customers</source>
        <translation>&amp;Ver clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove administrator access</source>
        <translation>&amp;Quitar el acceso de administrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the live service you remove a provider&apos;s administrator access to your work account in the Office 365 portal. In the sandbox the button does it and records it.</source>
        <translation>En el servicio real, el acceso de administrador de un proveedor a tu cuenta profesional se quita en el portal de Office 365. En el entorno de pruebas, el botón lo hace y lo registra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Administrator access removed. The partnership itself continues.</source>
        <translation>Se ha quitado el acceso de administrador. La asociación continúa.</translation>
    </message>
</context>
<context>
    <name>SharedCustomersModel</name>
    <message>
        <location filename="../../wizard/ui/models.py" line="+32"/>
        <source>⚠ no reseller relationship</source>
        <translation>⚠ sin relación de revendedor</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This provider has no reseller relationship with the customer, so it cannot submit orders for them. Invite the customer again: they accept both reseller relationships at once.</source>
        <translation>Este proveedor no tiene relación de revendedor con el cliente, por lo que no puede enviar pedidos en su nombre. Vuelve a invitar al cliente: aceptará ambas relaciones de revendedor a la vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller relationship</source>
        <translation>Relación de revendedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../wizard/ui/pages/sign_in.py" line="+50"/>
        <source>Sign in with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</source>
        <translation>Inicia sesión con la cuenta profesional que usas como administrador global de Office 365, Microsoft Azure o Microsoft Dynamics CRM.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work account:</source>
        <translation>&amp;Cuenta profesional:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No work account? &amp;Create one</source>
        <translation>¿No tienes una cuenta profesional? C&amp;rear una</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create a work account</source>
        <translation>Crear una cuenta profesional</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cr&amp;eate work account and sign in</source>
        <translation>Cr&amp;ear la cuenta profesional e iniciar sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Domain name:</source>
        <translation>Nombre de &amp;dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry/region:</source>
        <translation>País o re&amp;gión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your full name:</source>
        <translation>Tu nombre comp&amp;leto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passw&amp;ord:</source>
        <translation>Nueva con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confi&amp;rm password:</source>
        <translation>Con&amp;firmar la contraseña:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account} (tenant {tenant}, {country}).</source>
        <translation>Sesión iniciada como {account} (inquilino {tenant}, {country}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter your work account, for example admin@contoso.onmicrosoft.com.</source>
        <translation>Escribe tu cuenta profesional, por ejemplo admin@contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the password of your work account.</source>
        <translation>Escribe la contraseña de tu cuenta profesional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passwords are different. Type the same password twice.</source>
        <translation>Las dos contraseñas son distintas. Escribe la misma contraseña dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your name, as colleagues will see it.</source>
        <translation>Escribe tu nombre tal como lo verán tus compañeros.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating your work account…</source>
        <translation>Creando tu cuenta profesional…</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../wizard/ui/pages/status.py" line="+52"/>
        <source>Follow the review of your enrollment. We also email every update to your primary contact.</source>
        <translation>Sigue la revisión de tu inscripción. También enviamos cada novedad por correo electrónico a tu contacto principal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enrollment timeline</source>
        <translation>Cronología de la inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emailed to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check &amp;status</source>
        <translation>Comprobar el e&amp;stado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resend verification email</source>
        <translation>&amp;Reenviar el correo de verificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update the legal profile and resubmit</source>
        <translation>Actualizar el perfil comercial &amp;legal y volver a enviarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What do the statuses &amp;mean?</source>
        <translation>¿Qué significan los es&amp;tados?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign &amp;in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-in has expired. Enter the password of your work account to continue.</source>
        <translation>Tu sesión ha caducado. Escribe la contraseña de tu cuenta profesional para continuar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>• {title} (Partner Center: {vetting}, {sub_status}) — {meaning}</source>
        <translation>• {title} (Centro de partners: {vetting}, {sub_status}) — {meaning}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the status of your enrollment…</source>
        <translation>Comprobando el estado de tu inscripción…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a new verification email…</source>
        <translation>Enviando un nuevo correo de verificación…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new verification email was sent to {email}.</source>
        <translation>Se ha enviado un nuevo correo de verificación a {email}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {time}.</source>
        <translation>Última comprobación: {time}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the password of your work account.</source>
        <translation>Escribe la contraseña de tu cuenta profesional.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Expected decision: {time}.</source>
        <translation>Decisión prevista: {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s next: {text}</source>
        <translation>Próximos pasos: {text}</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../wizard/ui/step_panel.py" line="+56"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enrollment steps</source>
        <translation>Pasos de la inscripción</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>current step, done</source>
        <translation>paso actual, completado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done yet</source>
        <translation>aún sin completar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {number} of {total}: {title}, {state}</source>
        <translation>Paso {number} de {total}: {title}, {state}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../wizard/domain/steps.py" line="+25"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your work account</source>
        <translation>Iniciar sesión con tu cuenta profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your MPN ID</source>
        <translation>Elegir tu ID de MPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Partner ID</source>
        <translation>Escribe tu ID de partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business profile</source>
        <translation>Perfil comercial legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and enroll</source>
        <translation>Revisar e inscribirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll in Partner Center</source>
        <translation>Inscribirse en el Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment status</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSP overview</source>
        <translation>Información general de CSP</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../wizard/store/engine.py" line="+154"/>
        <source>The team database {where} cannot be reached ({reason}). Check the server address, the user name and password, and that the server is running.</source>
        <translation>No se puede acceder a la base de datos del equipo {where} ({reason}). Comprueba la dirección del servidor, el nombre de usuario y la contraseña, y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team database {where} refused the user name or password.</source>
        <translation>La base de datos del equipo {where} ha rechazado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The case database {path} cannot be written: it or its folder is read-only ({reason}). Make both writable for your user, then try again.</source>
        <translation>No se puede escribir en la base de datos de casos {path}: el archivo o su carpeta son de solo lectura ({reason}). Concede permiso de escritura a tu usuario en ambos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case database {path} cannot be opened or written ({reason}). Check that the folder exists and is writable, and that the disk is connected.</source>
        <translation>No se puede abrir ni escribir la base de datos de casos {path} ({reason}). Comprueba que la carpeta existe y admite escritura, y que el disco está conectado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the case database {path} is full. Free some space, then the wizard can save again.</source>
        <translation>El disco que contiene la base de datos de casos {path} está lleno. Libera espacio y el asistente podrá volver a guardar.</translation>
    </message>
    <message>
        <location filename="../../wizard/store/errors.py" line="+30"/>
        <source>The case database {path} is damaged or is not a case database, so it cannot be opened. A copy of the damaged file was kept as {backup}.</source>
        <translation>La base de datos de casos {path} está dañada o no es una base de datos de casos, por lo que no se puede abrir. Se ha conservado una copia del archivo dañado como {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case database {path} is damaged or is not a case database, so it cannot be opened. You can move it aside as a backup and start with an empty database.</source>
        <translation>La base de datos de casos {path} está dañada o no es una base de datos de casos, por lo que no se puede abrir. Puedes apartarla como copia de seguridad y empezar con una base de datos vacía.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case database {path} is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</source>
        <translation>La base de datos de casos {path} está ocupada: otra copia del asistente (u otro programa) está escribiendo en ella. Cierra el otro programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case database is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</source>
        <translation>La base de datos de casos está ocupada: otra copia del asistente (u otro programa) está escribiendo en ella. Cierra el otro programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The case database {path} was created by a newer version of the wizard (schema {revision}). Install the latest version of the wizard to open it.</source>
        <translation>La base de datos de casos {path} se creó con una versión más reciente del asistente (esquema {revision}). Instala la última versión del asistente para abrirla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case number {case_id}.</source>
        <translation>No existe el caso número {case_id}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone else changed this case (number {case_id}, now at version {actual}, you opened version {expected}) since you opened it. Reload it to see their changes; your edits are kept.</source>
        <translation>Otra persona ha modificado este caso (número {case_id}, ahora en la versión {actual}; abriste la versión {expected}) desde que lo abriste. Vuelve a cargarlo para ver sus cambios; tus modificaciones se conservan.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../wizard/services/summary.py" line="+25"/>
        <source>CSP indirect reseller enrollment — summary</source>
        <translation>Inscripción como revendedor indirecto de CSP — resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these details against your company&apos;s registration records.</source>
        <translation>Comprueba estos datos con los registros oficiales de tu empresa.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company (legal business profile)</source>
        <translation>Empresa (perfil comercial legal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 1</source>
        <translation>Dirección (línea 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer support information</source>
        <translation>Información de soporte al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support email</source>
        <translation>Correo electrónico de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support phone</source>
        <translation>Teléfono de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support website</source>
        <translation>Sitio web de soporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>MPN ID</source>
        <translation>ID de MPN</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not needed: the tenant is already enrolled in CSP</source>
        <translation>No es necesario: el inquilino ya está inscrito en CSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN profile</source>
        <translation>Perfil de MPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account (tenant)</source>
        <translation>Cuenta profesional (inquilino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global admin work account</source>
        <translation>Cuenta profesional de administrador global</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant domain</source>
        <translation>Dominio del inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant country/region</source>
        <translation>País o región del inquilino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center vetting status</source>
        <translation>Estado de verificación en el Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment ID</source>
        <translation>ID de inscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not submitted yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Case created</source>
        <translation>Caso creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {account} (tenant {tenant})</source>
        <translation>Sesión iniciada como {account} (inquilino {tenant})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in (tenant {value})</source>
        <translation>Sesión iniciada (inquilino {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {value}</source>
        <translation>Sesión iniciada como {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment submitted</source>
        <translation>Inscripción enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment submitted (enrollment ID {value})</source>
        <translation>Inscripción enviada (ID de inscripción {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emailed {value}</source>
        <translation>Correo electrónico enviado a {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status updated</source>
        <translation>Estado actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link from a sandbox email opened</source>
        <translation>Se abrió un vínculo de un correo electrónico de pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link from a sandbox email opened ({value})</source>
        <translation>Se abrió un vínculo de un correo electrónico de pruebas ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from an answers file</source>
        <translation>Rellenado previamente desde un archivo de respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case archived</source>
        <translation>Caso archivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case taken out of the archive</source>
        <translation>Caso recuperado del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin agent role checked</source>
        <translation>Rol de agente de administración comprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin agent role checked for {value}</source>
        <translation>Rol de agente de administración comprobado para {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account moved from the Partner Membership Center to Partner Center</source>
        <translation>Cuenta trasladada de Partner Membership Center al Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted for {region} by {by}</source>
        <translation>Contrato de partners de Microsoft aceptado para {region} por {by}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted by {value}</source>
        <translation>Contrato de partners de Microsoft aceptado por {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted</source>
        <translation>Contrato de partners de Microsoft aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted for {value}</source>
        <translation>Contrato de partners de Microsoft aceptado para {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect provider authorized</source>
        <translation>Proveedor indirecto autorizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect provider authorized: {value}</source>
        <translation>Proveedor indirecto autorizado: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator access removed from indirect provider</source>
        <translation>Acceso de administrador quitado al proveedor indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator access removed from indirect provider {value}</source>
        <translation>Acceso de administrador quitado al proveedor indirecto {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer invited</source>
        <translation>Cliente invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer invited: {value}</source>
        <translation>Cliente invitado: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words}: {title}</source>
        <translation>{words}: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}. {then}</source>
        <translation>{first}. {then}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/summary_pdf.py" line="+47"/>
        <source>Generated {time} · case {case}</source>
        <translation>Generado el {time} · caso {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status timeline</source>
        <translation>Cronología del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="-103"/>
        <location filename="../../wizard/services/manual_status.py" line="-57"/>
        <source>Enrollment submitted</source>
        <translation>Inscripción enviada</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Verification email sent again</source>
        <translation>Correo de verificación enviado de nuevo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal business profile updated and resubmitted</source>
        <translation>Perfil comercial legal actualizado y enviado de nuevo</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../wizard/services/manual_status.py" line="+1"/>
        <source>Primary contact&apos;s email verified; review started</source>
        <translation>Correo del contacto principal verificado; revisión iniciada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We emailed the primary contact a link to confirm that they signed up for a Partner Center account and that the address belongs to the company. The link works for {days} days.</source>
        <translation>Hemos enviado al contacto principal un vínculo para confirmar que se registró en una cuenta del Centro de partners y que la dirección pertenece a la empresa. El vínculo es válido durante {days} días.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/partner.py" line="-50"/>
        <source>{name} ({upn}) added to the admin agent group</source>
        <translation>{name} ({upn}) agregado al grupo de agentes de administración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({upn}) removed from the admin agent group</source>
        <translation>{name} ({upn}) quitado del grupo de agentes de administración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by {upn} in Settings &gt; User management.</source>
        <translation>Cambio realizado por {upn} en Configuración &gt; Administración de usuarios.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moved from Partner Membership Center to Partner Center</source>
        <translation>Trasladado de Partner Membership Center al Centro de partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The membership account {user} is now managed in Partner Center.</source>
        <translation>La cuenta de pertenencia {user} se administra ahora en el Centro de partners.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Microsoft Partner Agreement accepted for {region}</source>
        <translation>Contrato de partners de Microsoft aceptado para {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {name} ({upn}), global admin.</source>
        <translation>Firmado por {name} ({upn}), administrador global.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Support email {email}, phone {phone}, website {website}.</source>
        <translation>Correo electrónico de soporte {email}, teléfono {phone}, sitio web {website}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support email {email}, phone {phone}.</source>
        <translation>Correo electrónico de soporte {email}, teléfono {phone}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support contact information updated</source>
        <translation>Información de contacto de soporte al cliente actualizada</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/review.py" line="+43"/>
        <source>Checking that your primary contact works for your company</source>
        <translation>Comprobando que tu contacto principal trabaja para tu empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your company&apos;s legal name and address</source>
        <translation>Comprobando la razón social y la dirección de tu empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a decision</source>
        <translation>Tomando una decisión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no Microsoft partner profile to compare your company with.</source>
        <translation>No hay ningún perfil de partner de Microsoft con el que comparar tu empresa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal name &apos;{name}&apos; doesn&apos;t match the company name on the partner profile of MPN ID {mpn_id} (&apos;{company}&apos;). The name must match your registration records exactly.</source>
        <translation>La razón social «{name}» no coincide con el nombre de la empresa del perfil de partner del ID de MPN {mpn_id} («{company}»). El nombre debe coincidir exactamente con tus datos registrales.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your legal address is in {country}, but the partner profile of MPN ID {mpn_id} is in {profile_country}.</source>
        <translation>Tu dirección legal está en {country}, pero el perfil de partner del ID de MPN {mpn_id} está en {profile_country}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos; and the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</source>
        <translation>el código postal «{postal}» no coincide con el código postal registrado «{registered_postal}» y la ciudad «{city}» no coincide con la ciudad registrada «{registered_city}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos;</source>
        <translation>el código postal «{postal}» no coincide con el código postal registrado «{registered_postal}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</source>
        <translation>la ciudad «{city}» no coincide con la ciudad registrada «{registered_city}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t verify your company&apos;s address: {problems} (partner profile of MPN ID {mpn_id}). Correct your legal business profile so it matches your registration records exactly, then resubmit.</source>
        <translation>No hemos podido verificar la dirección de tu empresa: {problems} (perfil de partner del ID de MPN {mpn_id}). Corrige tu perfil comercial legal para que coincida exactamente con tus datos registrales y vuelve a enviarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your company&apos;s legal name, country and address match the partner profile of MPN ID {mpn_id}.</source>
        <translation>La razón social, el país y la dirección de tu empresa coinciden con el perfil de partner del ID de MPN {mpn_id}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/seed.py" line="+163"/>
        <source>Already enrolled in CSP</source>
        <translation>Ya inscrito en CSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tenant was enrolled in the Cloud Solution Provider program before you started. To act as an indirect reseller you only need to provide customer support contact information.</source>
        <translation>Este inquilino ya estaba inscrito en el programa Proveedor de soluciones en la nube (CSP) antes de que empezaras. Para actuar como revendedor indirecto solo tienes que proporcionar la información de contacto de soporte al cliente.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/manual_status.py" line="+1"/>
        <source>Enrollment approved: your Partner Center account is ready</source>
        <translation>Inscripción aprobada: tu cuenta del Centro de partners está lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by hand in the wizard.</source>
        <translation>Registrado a mano en el asistente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from Partner Center.</source>
        <translation>Leído del Centro de partners.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_status.py" line="-219"/>
        <source>Microsoft asked for more information; the review is paused</source>
        <translation>Microsoft pidió más información; la revisión está en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business profile corrected in Partner Center; the review resumed</source>
        <translation>Perfil comercial legal corregido en el Centro de partners; la revisión se reanudó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment rejected</source>
        <translation>Inscripción rechazada</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../wizard/domain/field_specs.py" line="-64"/>
        <source>Please provide {label}.</source>
        <translation>Indica {label}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please shorten this to at most {limit} characters (it has {length}).</source>
        <translation>Acórtalo a {limit} caracteres como máximo (tiene {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please remove characters that can&apos;t be used here: {characters}.</source>
        <translation>Quita los caracteres que no se pueden usar aquí: {characters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This isn&apos;t a valid email address: {reason} Use the form name@contoso.com.</source>
        <translation>Esta dirección de correo electrónico no es válida: {reason} Usa el formato nombre@contoso.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an address on your company&apos;s domain: {family} addresses (web-based email) are not accepted for the primary contact.</source>
        <translation>Usa una dirección del dominio de tu empresa: para el contacto principal no se aceptan direcciones de {family} (correo web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address on your company&apos;s domain: {domain} is a free web-based email service, and those addresses are not accepted for the primary contact.</source>
        <translation>Usa una dirección del dominio de tu empresa: {domain} es un servicio gratuito de correo web, y para el contacto principal no se aceptan sus direcciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address at one of your tenant&apos;s verified domains ({domains}): {domain} isn&apos;t one of them, and the review starts by checking that this email belongs to your company.</source>
        <translation>Usa una dirección de uno de los dominios comprobados de tu inquilino ({domains}): {domain} no es uno de ellos, y la revisión empieza comprobando que este correo electrónico pertenece a tu empresa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{domain} is a throwaway email service: its addresses stop working. Use a lasting address on your company&apos;s domain.</source>
        <translation>{domain} es un servicio de correo desechable: sus direcciones dejan de funcionar. Usa una dirección permanente del dominio de tu empresa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This isn&apos;t a valid phone number for {country}. Check the digits, or start with + and the country code, for example {example}.</source>
        <translation>Este no es un número de teléfono válido para {country}. Comprueba los dígitos o empieza por + y el prefijo del país, por ejemplo {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This isn&apos;t a valid postal code for {country}. It should look like {example}.</source>
        <translation>Este no es un código postal válido para {country}. Debería tener un formato como {example}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid state, province or territory for {country}, by code or name (for example {example}).</source>
        <translation>Escribe un estado, provincia o territorio válido de {country}, por código o por nombre (por ejemplo, {example}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” isn&apos;t a country/region code. Choose one from the list (two letters, such as ES or US).</source>
        <translation>«{value}» no es un código de país o región. Elige uno de la lista (dos letras, como ES o US).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is in {profile_country}, but your work account&apos;s tenant is in {tenant_country}. Choose the profile located in {tenant_country}.</source>
        <translation>Este perfil está en {profile_country}, pero el inquilino de tu cuenta profesional está en {tenant_country}. Elige el perfil ubicado en {tenant_country}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your company&apos;s legal address is in {country}, but your work account&apos;s tenant is in {tenant_country}. Enrolling needs the legal business location in {tenant_country}.</source>
        <translation>La dirección legal de tu empresa está en {country}, pero el inquilino de tu cuenta profesional está en {tenant_country}. Para inscribirte, la ubicación legal de la empresa debe estar en {tenant_country}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MPN profile {mpn_id} is not active. Choose the MPN ID of an active company profile.</source>
        <translation>El perfil de MPN {mpn_id} no está activo. Elige el ID de MPN de un perfil de empresa activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MPN ID is made of digits only, like 1234567.</source>
        <translation>Un ID de MPN solo contiene dígitos, como 1234567.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a web address such as https://www.contoso.com (http or https and a full domain name).</source>
        <translation>Escribe una dirección web como https://www.contoso.com (http o https y un nombre de dominio completo).</translation>
    </message>
    <message>
        <location filename="../../wizard/domain/rules.py" line="+177"/>
        <source>{code} or {name}</source>
        <translation>{code} o {name}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../wizard/ui/messages.py" line="-186"/>
        <source>check the address.</source>
        <translation>comprueba la dirección.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>your country/region</source>
        <translation>tu país o región</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Enter an email address.</source>
        <translation>Escribe una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address can&apos;t be longer than 254 characters.</source>
        <translation>Una dirección de correo electrónico no puede tener más de 254 caracteres.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../wizard/secrets.py" line="+33"/>
        <source>No system keyring is available: sign-ins are kept for this session only and you will be asked to sign in again next time.</source>
        <translation>No hay ningún almacén de claves del sistema disponible: los inicios de sesión solo se conservan durante esta sesión y la próxima vez se te pedirá que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The system keyring stopped working: sign-ins are kept for this session only.</source>
        <translation>El almacén de claves del sistema ha dejado de funcionar: los inicios de sesión solo se conservan durante esta sesión.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The system keyring is not working: sign-ins are kept for this session only and you will be asked to sign in again next time.</source>
        <translation>El almacén de claves del sistema no funciona: los inicios de sesión solo se conservan durante esta sesión y la próxima vez se te pedirá que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/auth.py" line="-218"/>
        <source>No system keyring is available: your Microsoft sign-in is kept for this session only and you will be asked to sign in again next time.</source>
        <translation>No hay ningún almacén de claves del sistema disponible: tu inicio de sesión de Microsoft se conserva solo durante esta sesión y se te pedirá que vuelvas a iniciar sesión la próxima vez.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="+21"/>
        <source>Enroll your company in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation>Inscribe a tu empresa en el programa Proveedor de soluciones en la nube (CSP) como revendedor indirecto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Como revendedor indirecto, trabajarás con un proveedor indirecto (un distribuidor) que compra servicios en la nube a Microsoft y te ayuda con la facturación y el soporte al cliente. Dedica unos minutos a reunir lo siguiente antes de empezar:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Credenciales de administrador global de tu cuenta profesional&lt;/b&gt;: el nombre de usuario y la contraseña con los que inicias sesión en Office 365, Microsoft Azure o Microsoft Dynamics CRM. Si no tienes una cuenta profesional, puedes crear una en el paso siguiente.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tu nombre de usuario y contraseña de Partner Membership Center&lt;/b&gt;: sirven para vincular el ID de MPN de tu empresa con tu nueva cuenta del Centro de partners.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La razón social, la dirección, el contacto principal y los datos de soporte al cliente de tu empresa&lt;/b&gt;: sirven para confirmar que tu empresa tiene un perfil establecido con Microsoft y que puedes actuar en su nombre.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La revisión y verificación de tu información puede tardar varios días. Enviaremos un correo electrónico a tu contacto principal cuando haya terminado.&lt;/p&gt;&lt;p&gt;Tus respuestas se guardan mientras escribes: puedes cerrar el asistente en cualquier momento y continuar más tarde desde el mismo paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;</source>
        <translation>&lt;p&gt;Como revendedor indirecto, trabajarás con un proveedor indirecto (un distribuidor) que compra servicios en la nube a Microsoft y te ayuda con la facturación y el soporte al cliente. Dedica unos minutos a reunir lo siguiente antes de empezar:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Credenciales de administrador global de tu cuenta profesional&lt;/b&gt;: el nombre de usuario y la contraseña con los que inicias sesión en Office 365, Microsoft Azure o Microsoft Dynamics CRM. Si no tienes una cuenta profesional, puedes crear una en el paso siguiente.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;li&gt;&lt;b&gt;Your Partner ID&lt;/b&gt; (formerly the MPN ID) — the ID of your company&apos;s location in the same country/region as your tenant. Find it in Partner Center under Account settings &gt; Identifiers.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Tu ID de partner&lt;/b&gt; (antes, el ID de MPN): el ID de la ubicación de tu empresa en el mismo país o región que tu inquilino. Lo encontrarás en el Centro de partners, en Configuración de la cuenta &gt; Identificadores.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Tu nombre de usuario y contraseña de Partner Membership Center&lt;/b&gt;: sirven para vincular el ID de MPN de tu empresa con tu nueva cuenta del Centro de partners.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;La razón social, la dirección, el contacto principal y los datos de soporte al cliente de tu empresa&lt;/b&gt;: sirven para confirmar que tu empresa tiene un perfil establecido con Microsoft y que puedes actuar en su nombre.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La revisión y verificación de tu información puede tardar varios días. Enviaremos un correo electrónico a tu contacto principal cuando haya terminado.&lt;/p&gt;&lt;p&gt;Tus respuestas se guardan mientras escribes: puedes cerrar el asistente en cualquier momento y continuar más tarde desde el mismo paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox or live</source>
        <translation>Entorno de pruebas o real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sandbox</source>
        <translation>&amp;Entorno de pruebas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearse the enrollment with the built-in Partner Center. Nothing is sent to Microsoft.</source>
        <translation>Ensaya la inscripción con el Centro de partners integrado en el entorno de pruebas. No se envía nada a Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live</source>
        <translation>&amp;Real</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enroll with Microsoft Partner Center: you sign in with Microsoft, and submit on Microsoft&apos;s pages, guided from here.</source>
        <translation>Inscríbete en el Centro de partners de Microsoft: inicias sesión con Microsoft y envías la inscripción en las páginas de Microsoft, con la guía del asistente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Live mode signs in with your organization&apos;s own app registration in Microsoft Entra ID. Register it as the README&apos;s &quot;Live mode&quot; section explains (a public client with the redirect http://localhost), then enter its application (client) ID here, or set WIZARD_LIVE_CLIENT_ID.</source>
        <translation>El modo real inicia sesión con el registro de aplicación propio de tu organización en Microsoft Entra ID. Regístrala como explica la sección «Live mode» del README (un cliente público con la redirección http://localhost) y escribe aquí su id. de aplicación (cliente), o define WIZARD_LIVE_CLIENT_ID.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the client &amp;ID</source>
        <translation>Guardar el id. de &amp;cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application (&amp;client) ID:</source>
        <translation>I&amp;D de la aplicación (cliente):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You choose this once, for this case. The demo and rehearsals use the sandbox.</source>
        <translation>Lo eliges una vez, para este caso. La demostración y los ensayos usan el entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is live: it enrolls with Microsoft Partner Center.</source>
        <translation>Este caso es real: se inscribe en el Centro de partners de Microsoft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is a sandbox rehearsal: nothing is sent to Microsoft.</source>
        <translation>Este caso es un ensayo en el entorno de pruebas: no se envía nada a Microsoft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Escribe el id. de aplicación (cliente) del registro de tu aplicación.</translation>
    </message>
</context>
</TS>
