<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Connect with an indirect provider</source>
        <translation type="vanished">Connect with an indirect provider</translation>
    </message>
    <message>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation type="vanished">Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</translation>
    </message>
    <message>
        <source>Open indirect &amp;providers and customers</source>
        <translation type="vanished">Open indirect &amp;providers and customers</translation>
    </message>
</context>
<context>
    <name>AnswersProblem</name>
    <message>
        <location filename="../../wizard/ui/answers_problem.py" line="+34"/>
        <source>CSP onboarding wizard</source>
        <translation>CSP onboarding wizard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers file %1 was not used.</source>
        <translation>The answers file %1 was not used.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems shown: %1 of %2.</source>
        <translation>Problems shown: %1 of %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was created. Fix the file and start the wizard again.</source>
        <translation>Nothing was created. Fix the file and start the wizard again.</translation>
    </message>
</context>
<context>
    <name>AppInstance</name>
    <message>
        <location filename="../../wizard/app/instance.py" line="+114"/>
        <source>The wizard is already open with this database ({database}). Switch to that window, or close it and try again.</source>
        <translation>The wizard is already open with this database ({database}). Switch to that window, or close it and try again.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/look.py" line="+24"/>
        <source>Audit entries are now recorded as {name}.</source>
        <translation>Audit entries are now recorded as {name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/cases.py" line="+106"/>
        <source>This case&apos;s last changes could not be saved, so it stays open: {reason}</source>
        <translation>This case&apos;s last changes could not be saved, so it stays open: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/recovery.py" line="+75"/>
        <source>These values of this case could not be saved on {time} and were kept in {file}:

{lines}

Restore them into the case (they replace what it holds now), keep the file for later, or discard it (it is kept as discarded-… in the same folder).</source>
        <translation>These values of this case could not be saved on {time} and were kept in {file}:

{lines}

Restore them into the case (they replace what it holds now), keep the file for later, or discard it (it is kept as discarded-… in the same folder).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved values from an earlier session</source>
        <translation>Unsaved values from an earlier session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>{count} values restored from {file}.</source>
        <translation type="vanished">{count} values restored from {file}.</translation>
    </message>
    <message>
        <source>{count} could not be (unknown fields, or answers already sent).</source>
        <translation type="vanished">{count} could not be (unknown fields, or answers already sent).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/instance.py" line="+66"/>
        <source>%Ln value(s) restored from {file}.</source>
        <translation>
            <numerusform>%Ln value restored from {file}.</numerusform>
            <numerusform>%Ln values restored from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be (unknown fields, or answers already sent).</source>
        <translation>
            <numerusform>%Ln could not be (unknown fields, or answers already sent).</numerusform>
            <numerusform>%Ln could not be (unknown fields, or answers already sent).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/startup.py" line="+179"/>
        <source>The wizard cannot open its data</source>
        <translation>The wizard cannot open its data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}

Start fresh: the damaged file is kept as a backup next to it, and a new, empty database is created.</source>
        <translation>{problem}

Start fresh: the damaged file is kept as a backup next to it, and a new, empty database is created.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Start fresh</source>
        <translation>&amp;Start fresh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{problem}

Start fresh: the file is kept as a backup next to it (the newer wizard can still open it), and a new, empty database is created.</source>
        <translation>{problem}

Start fresh: the file is kept as a backup next to it (the newer wizard can still open it), and a new, empty database is created.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/closing.py" line="+96"/>
        <location filename="../../wizard/app/startup.py" line="-5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../wizard/app/startup.py" line="+32"/>
        <source>Opening the case database again…</source>
        <translation>Opening the case database again…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case database {path} could not be moved aside as a backup ({reason}). Make its folder writable, then try again.</source>
        <translation>The case database {path} could not be moved aside as a backup ({reason}). Make its folder writable, then try again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old database was kept as {path}.</source>
        <translation>The old database was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/closing.py" line="-8"/>
        <source>Some of your changes could not be saved:
{problem}

{lines}

Try again once the problem is solved, or quit: the values are then written to a recovery file in {folder}.</source>
        <translation>Some of your changes could not be saved:
{problem}

{lines}

Try again once the problem is solved, or quit: the values are then written to a recovery file in {folder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your changes are not saved</source>
        <translation>Your changes are not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit &amp;without saving</source>
        <translation>Quit &amp;without saving</translation>
    </message>
    <message>
        <source>The damaged database was kept as {path}.</source>
        <translation type="vanished">The damaged database was kept as {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../wizard/ui/audit_view.py" line="+168"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="-132"/>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the case</source>
        <translation>Edited the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted the enrollment</source>
        <translation>Submitted the enrollment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center update</source>
        <translation>Partner Center update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a handover packet</source>
        <translation>Imported a handover packet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a handover packet</source>
        <translation>Exported a handover packet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in from an answers file</source>
        <translation>Filled in from an answers file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived the case</source>
        <translation>Archived the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought the case back from the archive</source>
        <translation>Brought the case back from the archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the Microsoft Partner Agreement</source>
        <translation>Accepted the Microsoft Partner Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the partner profile to Partner Center</source>
        <translation>Moved the partner profile to Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened a link from an email</source>
        <translation>Opened a link from an email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized an indirect provider</source>
        <translation>Authorized an indirect provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed an indirect provider&apos;s administrator access</source>
        <translation>Removed an indirect provider&apos;s administrator access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited a customer</source>
        <translation>Invited a customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the case</source>
        <translation>Opened the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened Partner Center&apos;s sign-up page</source>
        <translation>Opened Partner Center&apos;s sign-up page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted the enrollment on Partner Center</source>
        <translation>Submitted the enrollment on Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked a step done on Partner Center&apos;s pages</source>
        <translation>Ticked a step done on Partner Center&apos;s pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked a step done on Partner Center&apos;s pages</source>
        <translation>Unticked a step done on Partner Center&apos;s pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in again</source>
        <translation>Signed in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said whether the company is already enrolled in CSP</source>
        <translation>Said whether the company is already enrolled in CSP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollment ID</source>
        <translation>Enrollment ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account</source>
        <translation>Work account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moved from {start} to {end}</source>
        <translation>Moved from {start} to {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status changed from “{start}” to “{end}”</source>
        <translation>Status changed from “{start}” to “{end}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; was “{status}”</source>
        <translation>; was “{status}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added to the admin agent group</source>
        <translation>Added to the admin agent group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried to add to the admin agent group (not confirmed)</source>
        <translation>Tried to add to the admin agent group (not confirmed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited {field}</source>
        <translation>Edited {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from “{start}” to “{end}”</source>
        <translation>from “{start}” to “{end}”</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Audit trail — %1</source>
        <translation>Audit trail — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everything that happened to %1, oldest first.</source>
        <translation>Everything that happened to %1, oldest first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../wizard/backends/sandbox/center.py" line="+71"/>
        <location filename="../../wizard/backends/sandbox/providers.py" line="+60"/>
        <source>&apos;{country}&apos; is not a known country or region code.</source>
        <translation>&apos;{country}&apos; is not a known country or region code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{domain} is already taken. Choose another name.</source>
        <translation>{domain} is already taken. Choose another name.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>We couldn&apos;t find a Partner Membership Center account named {user}.</source>
        <translation>We couldn&apos;t find a Partner Membership Center account named {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Partner Membership Center password for {user} is incorrect.</source>
        <translation>The Partner Membership Center password for {user} is incorrect.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/core.py" line="+181"/>
        <source>We couldn&apos;t find a work account named {upn}. Check the user name, or select Create one.</source>
        <translation>We couldn&apos;t find a work account named {upn}. Check the user name, or select Create one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password for {upn} is incorrect. Try again.</source>
        <translation>The password for {upn} is incorrect. Try again.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>{upn} is not a global administrator of {domain}. Sign in with a global admin account, or ask your global admin.</source>
        <translation>{upn} is not a global administrator of {domain}. Sign in with a global admin account, or ask your global admin.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Your session has expired. Sign in again with your work account.</source>
        <translation>Your session has expired. Sign in again with your work account.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{domain} hasn&apos;t enrolled in the Cloud Solution Provider program yet.</source>
        <translation>{domain} hasn&apos;t enrolled in the Cloud Solution Provider program yet.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/customers.py" line="+30"/>
        <source>Enter the customer&apos;s email address.</source>
        <translation>Enter the customer&apos;s email address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a valid email address: {reason}</source>
        <translation>&apos;{text}&apos; is not a valid email address: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use at most {limit} characters for the customer&apos;s name.</source>
        <translation>Use at most {limit} characters for the customer&apos;s name.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{customer} ({email}) accepted the invitation and authorized reseller relationships with {reseller} and {provider} at once. It now appears in View customers for {provider_name}.</source>
        <translation>{customer} ({email}) accepted the invitation and authorized reseller relationships with {reseller} and {provider} at once. It now appears in View customers for {provider_name}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/directory.py" line="+24"/>
        <source>The Partner Center account of {domain} isn&apos;t ready yet: the enrollment must be approved first.</source>
        <translation>The Partner Center account of {domain} isn&apos;t ready yet: the enrollment must be approved first.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>There&apos;s no indirect provider with the id &apos;{provider}&apos;.</source>
        <translation>There&apos;s no indirect provider with the id &apos;{provider}&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="+95"/>
        <source>There is no tenant named {domain}.</source>
        <translation>There is no tenant named {domain}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="-38"/>
        <source>{domain} is already enrolled in CSP.</source>
        <translation>{domain} is already enrolled in CSP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MPN ID {mpn_id} is already linked to another CSP tenant (one tenant per location).</source>
        <translation>MPN ID {mpn_id} is already linked to another CSP tenant (one tenant per location).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The primary contact&apos;s email address doesn&apos;t need verifying now, so no new email was sent.</source>
        <translation>The primary contact&apos;s email address doesn&apos;t need verifying now, so no new email was sent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only an enrollment that needs more information can be resubmitted.</source>
        <translation>Only an enrollment that needs more information can be resubmitted.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This enrollment&apos;s email address is already verified.</source>
        <translation>This enrollment&apos;s email address is already verified.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} day. We&apos;ll email status updates to the primary contact.</source>
        <translation>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} day. We&apos;ll email status updates to the primary contact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} days. We&apos;ll email status updates to the primary contact.</source>
        <translation>Thank you: {email} is verified. We&apos;re now reviewing the information you provided, which takes about {days} days. We&apos;ll email status updates to the primary contact.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/invitations.py" line="+124"/>
        <source>There&apos;s no provider invitation {invitation}. Open the link from the provider&apos;s email, and copy it completely.</source>
        <translation>There&apos;s no provider invitation {invitation}. Open the link from the provider&apos;s email, and copy it completely.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wizard/backends/sandbox/rules.py" line="+60"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This invitation was already authorized on {when} by {user}: {provider} is on your Indirect providers list.</source>
        <translation>This invitation was already authorized on {when} by {user}: {provider} is on your Indirect providers list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This invitation from {provider} expired on {when} ({days} days after it was sent). Ask {provider} to send you a new one.</source>
        <translation>This invitation from {provider} expired on {when} ({days} days after it was sent). Ask {provider} to send you a new one.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can&apos;t authorize {provider} as your indirect provider. {reason}</source>
        <translation>You can&apos;t authorize {provider} as your indirect provider. {reason}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This customer invitation link ({invitation}) doesn&apos;t match any invitation. Open the link from the invitation email, and copy it completely.</source>
        <translation>This customer invitation link ({invitation}) doesn&apos;t match any invitation. Open the link from the invitation email, and copy it completely.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This invitation was already accepted on {when}: the reseller relationships exist.</source>
        <translation>This invitation was already accepted on {when}: the reseller relationships exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This invitation expired on {when} ({days} days after it was sent). Ask your reseller to send a new one.</source>
        <translation>This invitation expired on {when} ({days} days after it was sent). Ask your reseller to send a new one.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/links.py" line="+32"/>
        <source>This isn&apos;t a link the sandbox Partner Center can open: {why}.</source>
        <translation>This isn&apos;t a link the sandbox Partner Center can open: {why}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This verification link doesn&apos;t belong to any enrollment ({enrollment}). Open the link from the newest verification email, and copy it completely.</source>
        <translation>This verification link doesn&apos;t belong to any enrollment ({enrollment}). Open the link from the newest verification email, and copy it completely.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This verification link was already used on {when}: the email address is verified. Check the enrollment&apos;s status instead.</source>
        <translation>This verification link was already used on {when}: the email address is verified. Check the enrollment&apos;s status instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A newer verification email was sent on {when}, which replaces this one. Open the link in the newest email.</source>
        <translation>A newer verification email was sent on {when}, which replaces this one. Open the link in the newest email.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This verification link expired on {when} ({days} days after it was sent). Resend the verification email and open the new link.</source>
        <translation>This verification link expired on {when} ({days} days after it was sent). Resend the verification email and open the new link.</translation>
    </message>
    <message>
        <source>{upn} is not a global administrator of {domain}. Ask your global admin.</source>
        <translation type="vanished">{upn} is not a global administrator of {domain}. Ask your global admin.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/partner.py" line="+55"/>
        <source>There&apos;s no user named {upn} in {domain}.</source>
        <translation>There&apos;s no user named {upn} in {domain}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This account is still a Partner Membership Center account. Move it to Partner Center first, then accept the Microsoft Partner Agreement.</source>
        <translation>This account is still a Partner Membership Center account. Move it to Partner Center first, then accept the Microsoft Partner Agreement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{region}&apos; is not a CSP region this reseller may do business in (allowed: {allowed}).</source>
        <translation>&apos;{region}&apos; is not a CSP region this reseller may do business in (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/providers.py" line="-13"/>
        <source>&apos;{service}&apos; is not a provider service; choose among {services}.</source>
        <translation>&apos;{service}&apos; is not a provider service; choose among {services}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{provider} isn&apos;t one of your indirect providers yet: authorize its invitation first.</source>
        <translation>{provider} isn&apos;t one of your indirect providers yet: authorize its invitation first.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This invitation from {provider} is for {other}, not for {domain}. Sign in with a work account of {other} to accept it.</source>
        <translation>This invitation from {provider} is for {other}, not for {domain}. Sign in with a work account of {other} to accept it.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Check the box to confirm that {provider} may submit orders and add subscriptions for your customers and gets administrator access to your company&apos;s work account, then select Authorize indirect provider.</source>
        <translation>Check the box to confirm that {provider} may submit orders and add subscriptions for your customers and gets administrator access to your company&apos;s work account, then select Authorize indirect provider.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept the Microsoft Partner Agreement for the {region} region first (on the CSP overview, with global admin credentials): providers refuse orders from resellers who haven&apos;t signed it for that region, so {provider} can&apos;t be authorized yet.</source>
        <translation>Accept the Microsoft Partner Agreement for the {region} region first (on the CSP overview, with global admin credentials): providers refuse orders from resellers who haven&apos;t signed it for that region, so {provider} can&apos;t be authorized yet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign in with a global admin work account of {domain} if asked, check the box and select Authorize indirect provider.</source>
        <translation>Sign in with a global admin work account of {domain} if asked, check the box and select Authorize indirect provider.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation {invitation} from {provider} to {domain}. {next}</source>
        <translation>Invitation {invitation} from {provider} to {domain}. {next}</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/rules.py" line="-32"/>
        <source>Use 2 to 27 letters and digits for the domain name, starting with a letter.</source>
        <translation>Use 2 to 27 letters and digits for the domain name, starting with a letter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>MPN ID {mpn_id} doesn&apos;t match any Partner Membership Center profile.</source>
        <translation>MPN ID {mpn_id} doesn&apos;t match any Partner Membership Center profile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The company profile for MPN ID {mpn_id} is not active.</source>
        <translation>The company profile for MPN ID {mpn_id} is not active.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MPN ID {mpn_id} is located in {profile_country}, but {domain} is in {tenant_country}. Select the MPN ID of the active company profile in the same country/region as your tenant.</source>
        <translation>MPN ID {mpn_id} is located in {profile_country}, but {domain} is in {tenant_country}. Select the MPN ID of the active company profile in the same country/region as your tenant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+66"/>
        <source>These required fields are missing: {fields}.</source>
        <translation>These required fields are missing: {fields}.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The legal business address is in {country}, but the tenant is in {tenant_country}.</source>
        <translation>The legal business address is in {country}, but the tenant is in {tenant_country}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>{field}: &apos;{value}&apos; is not a valid email address.</source>
        <translation>{field}: &apos;{value}&apos; is not a valid email address.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The primary contact&apos;s email uses {family}, a web-based email service. Use an address at your company&apos;s domain.</source>
        <translation>The primary contact&apos;s email uses {family}, a web-based email service. Use an address at your company&apos;s domain.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{field}: {domain} is a throwaway email service. Use a lasting address at your company&apos;s domain.</source>
        <translation>{field}: {domain} is a throwaway email service. Use a lasting address at your company&apos;s domain.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/account.py" line="+34"/>
        <source>Sign in again to see the latest status of your enrollment.</source>
        <translation>Sign in again to see the latest status of your enrollment.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This link is for enrollment {theirs}, but the case open here is enrollment {mine}. Open the case it belongs to, or check that you opened the right email.</source>
        <translation>This link is for enrollment {theirs}, but the case open here is enrollment {mine}. Open the case it belongs to, or check that you opened the right email.</translation>
    </message>
    <message>
        <source>Signing in with Microsoft is not available in this version of the wizard yet. Use a sandbox case to rehearse the enrollment.</source>
        <translation type="vanished">Signing in with Microsoft is not available in this version of the wizard yet. Use a sandbox case to rehearse the enrollment.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/case_session.py" line="+235"/>
        <source>Live mode isn&apos;t available here: this session has no connection to Microsoft.</source>
        <translation>Live mode isn&apos;t available here: this session has no connection to Microsoft.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Your sign-in has expired. Go back to Sign in and sign in again.</source>
        <translation>Your sign-in has expired. Go back to Sign in and sign in again.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/auth.py" line="+263"/>
        <source>No web browser could be opened for the sign-in. Use sign-in with a code instead.</source>
        <translation>No web browser could be opened for the sign-in. Use sign-in with a code instead.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/checks.py" line="+27"/>
        <source>{user} is not an active Global Administrator of the tenant. If the role is assigned to you as eligible in Privileged Identity Management (PIM), activate it first (Entra admin center, My roles), then check again. Otherwise sign in with a global admin&apos;s work account.</source>
        <translation>{user} is not an active Global Administrator of the tenant. If the role is assigned to you as eligible in Privileged Identity Management (PIM), activate it first (Entra admin center, My roles), then check again. Otherwise sign in with a global admin&apos;s work account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft did not say which country your tenant is in (it stays hidden without the Organization.Read.All permission). Choose the country your company is registered in.</source>
        <translation>Microsoft did not say which country your tenant is in (it stays hidden without the Organization.Read.All permission). Choose the country your company is registered in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {which} {email} is not at a verified domain of your tenant ({domains}). Use an address at one of them, or verify {domain} in the Microsoft 365 admin center first: the review starts by checking that the email belongs to your company.</source>
        <translation>The {which} {email} is not at a verified domain of your tenant ({domains}). Use an address at one of them, or verify {domain} in the Microsoft 365 admin center first: the review starts by checking that the email belongs to your company.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>primary contact&apos;s email</source>
        <translation>primary contact&apos;s email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support email</source>
        <translation>support email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center could not be reached, so the enrollment&apos;s status is unknown. Check your internet connection (or proxy) and try again.</source>
        <translation>Partner Center could not be reached, so the enrollment&apos;s status is unknown. Check your internet connection (or proxy) and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center asked us to wait before reading the enrollment&apos;s status; it will be read later.</source>
        <translation>Partner Center asked us to wait before reading the enrollment&apos;s status; it will be read later.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/config.py" line="+89"/>
        <source>The client ID {value} is not an application ID: it looks like 00000000-0000-0000-0000-000000000000 (Entra admin center, App registrations, Overview).</source>
        <translation>The client ID {value} is not an application ID: it looks like 00000000-0000-0000-0000-000000000000 (Entra admin center, App registrations, Overview).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be an https:// address; {value} is not.</source>
        <translation>{setting} must be an https:// address; {value} is not.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/errors.py" line="+9"/>
        <source>Live mode needs the client ID of your Entra app registration: set WIZARD_LIVE_CLIENT_ID or enter it in Settings. The README&apos;s Live mode section explains how to register the app.</source>
        <translation>Live mode needs the client ID of your Entra app registration: set WIZARD_LIVE_CLIENT_ID or enter it in Settings. The README&apos;s Live mode section explains how to register the app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in was cancelled. Nothing was changed; sign in again when you&apos;re ready.</source>
        <translation>Sign-in was cancelled. Nothing was changed; sign in again when you&apos;re ready.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in didn&apos;t finish in time. If the browser window was closed, sign in again.</source>
        <translation>Sign-in didn&apos;t finish in time. If the browser window was closed, sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft did not accept the sign-in. Check that you use a work account of your company&apos;s tenant, that the app registration allows it, and sign in again.</source>
        <translation>Microsoft did not accept the sign-in. Check that you use a work account of your company&apos;s tenant, that the app registration allows it, and sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Microsoft sign-in has expired. Sign in again to continue.</source>
        <translation>Your Microsoft sign-in has expired. Sign in again to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft could not be reached. Check your internet connection (or proxy) and try again.</source>
        <translation>Microsoft could not be reached. Check your internet connection (or proxy) and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s service is having trouble right now. Try again in a few minutes.</source>
        <translation>Microsoft&apos;s service is having trouble right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft is receiving too many requests and asked us to wait. Try again in a few minutes.</source>
        <translation>Microsoft is receiving too many requests and asked us to wait. Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner Center requires multi-factor authentication. Set up MFA for your work account (or ask your administrator to), then sign out and sign in again.</source>
        <translation>Partner Center requires multi-factor authentication. Set up MFA for your work account (or ask your administrator to), then sign out and sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center&apos;s API doesn&apos;t answer for this account (it isn&apos;t offered to every indirect reseller). Use the Partner Center web pages instead and record the status by hand.</source>
        <translation>Partner Center&apos;s API doesn&apos;t answer for this account (it isn&apos;t offered to every indirect reseller). Use the Partner Center web pages instead and record the status by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app registration lacks a permission the check needs (User.Read, Organization.Read.All). Ask an administrator to grant them in the Entra admin center, then sign in again.</source>
        <translation>The app registration lacks a permission the check needs (User.Read, Organization.Read.All). Ask an administrator to grant them in the Entra admin center, then sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft has no such record for this account yet.</source>
        <translation>Microsoft has no such record for this account yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft sent an answer the wizard doesn&apos;t understand. Try again later; if it persists, contact support with the wizard&apos;s log.</source>
        <translation>Microsoft sent an answer the wizard doesn&apos;t understand. Try again later; if it persists, contact support with the wizard&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_status.py" line="+135"/>
        <location filename="../../wizard/services/manual_status.py" line="+79"/>
        <source>This step can&apos;t be recorded now: record the steps in order.</source>
        <translation>This step can&apos;t be recorded now: record the steps in order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wizard/services/manual_status.py" line="+4"/>
        <source>Choose today or an earlier date.</source>
        <translation>Choose today or an earlier date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../wizard/services/manual_status.py" line="+3"/>
        <source>Choose {date} or a later date: this step came after the previous one.</source>
        <translation>Choose {date} or a later date: this step came after the previous one.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{account} belongs to another tenant than this enrollment&apos;s. Sign in with a work account of {tenant}, such as {work_account}. Nothing was changed.</source>
        <translation>{account} belongs to another tenant than this enrollment&apos;s. Sign in with a work account of {tenant}, such as {work_account}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_relationships.py" line="+32"/>
        <source>Partner Center offers no API for this: do it on Partner Center&apos;s web pages.</source>
        <translation>Partner Center offers no API for this: do it on Partner Center&apos;s web pages.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../wizard/ui/case_list_model.py" line="+75"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <location filename="../../wizard/ui/case_list.py" line="+63"/>
        <source>Cases — CSP onboarding</source>
        <translation>Cases — CSP onboarding</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search company, MPN ID, contact or owner</source>
        <translation>Search company, MPN ID, contact or owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show arc&amp;hived</source>
        <translation>Show arc&amp;hived</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>N&amp;otes…</source>
        <translation>N&amp;otes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udit trail…</source>
        <translation>A&amp;udit trail…</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="vanished">1 case</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="vanished">%1 cases</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unar&amp;chive</source>
        <translation>Unar&amp;chive</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Brought %1 back from the archive.</source>
        <translation>Brought %1 back from the archive.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived %1.</source>
        <translation>Archived %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../wizard/ui/countries.py" line="+20"/>
        <source>Choose a country/region…</source>
        <translation>Choose a country/region…</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../wizard/ui/customers_tab.py" line="+40"/>
        <source>Select a provider on the Indirect providers tab, then View customers.</source>
        <translation>Select a provider on the Indirect providers tab, then View customers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name or domain</source>
        <translation>Filter by name or domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers &amp;missing the provider&apos;s reseller relationship</source>
        <translation>Only customers &amp;missing the provider&apos;s reseller relationship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers you share with the provider</source>
        <translation>Customers you share with the provider</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your indirect provider needs a reseller relationship with a customer to submit orders on their behalf. Customers marked ⚠ don&apos;t have one yet: invite them again so they accept both relationships at once.</source>
        <translation>Your indirect provider needs a reseller relationship with a customer to submit orders on their behalf. Customers marked ⚠ don&apos;t have one yet: invite them again so they accept both relationships at once.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invite new customers</source>
        <translation>Invite new customers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We email the customer an invitation to authorize reseller relationships with both you and your indirect provider at the same time.</source>
        <translation>We email the customer an invitation to authorize reseller relationships with both you and your indirect provider at the same time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer &amp;email:</source>
        <translation>Customer &amp;email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer n&amp;ame (optional):</source>
        <translation>Customer n&amp;ame (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invite customer</source>
        <translation>&amp;Invite customer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customers you share with {provider}</source>
        <translation>Customers you share with {provider}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln new customer(s).</source>
        <translation>
            <numerusform>%Ln new customer.</numerusform>
            <numerusform>%Ln new customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="vanished">{count} customers</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checking Partner Center for new customers…</source>
        <translation>Checking Partner Center for new customers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to date.</source>
        <translation>Up to date.</translation>
    </message>
    <message>
        <source>{count} new customers.</source>
        <translation type="vanished">{count} new customers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the last known customers: {reason}</source>
        <translation>Showing the last known customers: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the invitation…</source>
        <translation>Sending the invitation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation sent to {email}. The customer appears here once they accept it.</source>
        <translation>Invitation sent to {email}. The customer appears here once they accept it.</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../wizard/ui/messages.py" line="+256"/>
        <source>An email address must have an @-sign.</source>
        <translation>An email address must have an @-sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>There must be something after the @-sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>There must be something before the @-sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>An email address cannot have two periods in a row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>An email address cannot have a period and a hyphen next to each other.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>The part after the @-sign is not valid. It should have a period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>The part after the @-sign is not valid. It is not within a valid top-level domain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>The part after the @-sign is a special-use or reserved name that cannot be used with email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>The email address contains invalid characters before the @-sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains an invalid character.</source>
        <translation>The email address contains an invalid character.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address is not valid ASCII.</source>
        <translation>The email address is not valid ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>There can&apos;t be anything after the email address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A display name and angle brackets around the email address are not permitted here.</source>
        <translation>A display name and angle brackets around the email address are not permitted here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoting the part before the @-sign is not allowed here.</source>
        <translation>Quoting the part before the @-sign is not allowed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bracketed IP address after the @-sign is not allowed here.</source>
        <translation>A bracketed IP address after the @-sign is not allowed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalized characters before the @-sign are not supported.</source>
        <translation>Internationalized characters before the @-sign are not supported.</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../../wizard/ui/pages/enroll.py" line="+34"/>
        <source>Check your answers, then select Enroll now.</source>
        <translation>Check your answers, then select Enroll now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still to do before you can enroll</source>
        <translation>Still to do before you can enroll</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>&amp;Enroll now</source>
        <translation>&amp;Enroll now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resubmit</source>
        <translation>&amp;Resubmit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center needs more information. Correct your legal business profile, then select Resubmit.</source>
        <translation>Partner Center needs more information. Correct your legal business profile, then select Resubmit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in with your work account as a global admin.</source>
        <translation>Sign in with your work account as a global admin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to {step}</source>
        <translation>Go to {step}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Work account</source>
        <translation>Work account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country/region</source>
        <translation>Country/region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MPN profile</source>
        <translation>MPN profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal business profile</source>
        <translation>Legal business profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customer support</source>
        <translation>Customer support</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your customer support information was saved. Your reseller account is ready: select Next.</source>
        <translation>Your customer support information was saved. Your reseller account is ready: select Next.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your enrollment was submitted. We&apos;ve emailed your primary contact, {email}, to verify that they signed up for a Partner Center account and that this address belongs to your company. After they verify it, we continue reviewing your information; this can take several days. Status updates go to the primary contact.</source>
        <translation>Your enrollment was submitted. We&apos;ve emailed your primary contact, {email}, to verify that they signed up for a Partner Center account and that this address belongs to your company. After they verify it, we continue reviewing your information; this can take several days. Status updates go to the primary contact.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submitting your enrollment…</source>
        <translation>Submitting your enrollment…</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <location filename="../../wizard/ui/wizard_window.py" line="+133"/>
        <source>F&amp;inish</source>
        <translation>F&amp;inish</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../wizard/domain/field_specs.py" line="+65"/>
        <source>the work account you sign in with</source>
        <translation>the work account you sign in with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MPN ID of your company&apos;s active profile</source>
        <translation>the MPN ID of your company&apos;s active profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your company&apos;s legal business name</source>
        <translation>your company&apos;s legal business name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line of the company&apos;s address</source>
        <translation>the first line of the company&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second line of the company&apos;s address</source>
        <translation>the second line of the company&apos;s address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state, province or territory</source>
        <translation>the state, province or territory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>the postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the country/region of the company&apos;s legal address</source>
        <translation>the country/region of the company&apos;s legal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s first name</source>
        <translation>the primary contact&apos;s first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s last name</source>
        <translation>the primary contact&apos;s last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s email address</source>
        <translation>the primary contact&apos;s email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the primary contact&apos;s phone number</source>
        <translation>the primary contact&apos;s phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the email address customers write to for support</source>
        <translation>the email address customers write to for support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number customers call for support</source>
        <translation>the phone number customers call for support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the support website</source>
        <translation>the support website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the country/region of your work account&apos;s tenant</source>
        <translation>the country/region of your work account&apos;s tenant</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../wizard/app/file_actions.py" line="+38"/>
        <source>Still starting: try again in a moment.</source>
        <translation>Still starting: try again in a moment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case exported to {path}.</source>
        <translation>Case exported to {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answers saved to {path}.</source>
        <translation>Answers saved to {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Summary saved to {path}.</source>
        <translation>Summary saved to {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case imported ({mode}).</source>
        <translation>Case imported ({mode}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case changed here</source>
        <translation>This case changed here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} was changed on this computer after the packet was made. Importing would replace:
{lines}</source>
        <translation>Case {case} was changed on this computer after the packet was made. Importing would replace:
{lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace with the packet</source>
        <translation>&amp;Replace with the packet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as a &amp;copy</source>
        <translation>Import as a &amp;copy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That didn&apos;t work</source>
        <translation>That didn&apos;t work</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../wizard/services/handoff.py" line="+62"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account (global admin)</source>
        <translation>Work account (global admin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal business profile</source>
        <translation>Legal business profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country/region</source>
        <translation>Country/region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business name</source>
        <translation>Legal business name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 1</source>
        <translation>Address line 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer support details</source>
        <translation>Customer support details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support email</source>
        <translation>Support email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support phone</source>
        <translation>Support phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support website</source>
        <translation>Support website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner ID (the former MPN ID) of the location in your tenant&apos;s country</source>
        <translation>Partner ID (the former MPN ID) of the location in your tenant&apos;s country</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell (yours: {region}) on the dashboard overview. Then check Program info in your Partner profile.</source>
        <translation>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell (yours: {region}) on the dashboard overview. Then check Program info in your Partner profile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell on the dashboard overview. Then check Program info in your Partner profile.</source>
        <translation>Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement for each CSP region where you sell on the dashboard overview. Then check Program info in your Partner profile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enroll on the Partner Center sign-up page</source>
        <translation>Enroll on the Partner Center sign-up page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in with your work account as a global admin, then give the values below in this order and select Enroll now.</source>
        <translation>Sign in with your work account as a global admin, then give the values below in this order and select Enroll now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you have the admin agent role</source>
        <translation>Check that you have the admin agent role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the dashboard, select the Settings icon, then Account settings &gt; User management. Select your name, select Admin agent if it isn&apos;t selected, then Update.</source>
        <translation>On the dashboard, select the Settings icon, then Account settings &gt; User management. Select your name, select Admin agent if it isn&apos;t selected, then Update.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the Microsoft Partner Agreement</source>
        <translation>Sign the Microsoft Partner Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider</source>
        <translation>Find an indirect provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the list of official Microsoft indirect providers, then contact the one you want to work with.</source>
        <translation>Search the list of official Microsoft indirect providers, then contact the one you want to work with.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorize your indirect provider</source>
        <translation>Authorize your indirect provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the link in your provider&apos;s invitation email, sign in, check the box and select Authorize indirect provider. The provider then appears on your Indirect providers page.</source>
        <translation>Open the link in your provider&apos;s invitation email, sign in, check the box and select Authorize indirect provider. The provider then appears on your Indirect providers page.</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <location filename="../../wizard/ui/pages/handoff.py" line="+111"/>
        <source>Check your answers, then select Enroll now: Partner Center&apos;s sign-up page opens in your browser, and the wizard lists each value to give there, in order.</source>
        <translation>Check your answers, then select Enroll now: Partner Center&apos;s sign-up page opens in your browser, and the wizard lists each value to give there, in order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Partner Center&apos;s sign-up page</source>
        <translation>On Partner Center&apos;s sign-up page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft takes enrollments only on its own page. Sign in there as a global admin, then give these values in this order: select Copy, paste it into the portal&apos;s field, and go on to the next one.</source>
        <translation>Microsoft takes enrollments only on its own page. Sign in there as a global admin, then give these values in this order: select Copy, paste it into the portal&apos;s field, and go on to the next one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the sign-up page again</source>
        <translation>&amp;Open the sign-up page again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have sub&amp;mitted it</source>
        <translation>I have sub&amp;mitted it</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Later, on the web</source>
        <translation>Later, on the web</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Did Partner Center accept your enrollment? Once recorded, your answers here become a read-only record and the wizard follows the review.</source>
        <translation>Did Partner Center accept your enrollment? Once recorded, your answers here become a read-only record and the wizard follows the review.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Yes, record it</source>
        <translation>&amp;Yes, record it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check your customer support details, then select Open Partner Center: it opens in your browser, and the wizard lists each value to give in its account settings.</source>
        <translation>Check your customer support details, then select Open Partner Center: it opens in your browser, and the wizard lists each value to give in its account settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Partner Center</source>
        <translation>&amp;Open Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Partner Center&apos;s account settings</source>
        <translation>In Partner Center&apos;s account settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your company is already enrolled in CSP: only your customer support details are needed. Sign in to Partner Center as a global admin, go to Settings (the gear icon) &gt; Account settings &gt; Organization profile, and give these values in its support section.</source>
        <translation>Your company is already enrolled in CSP: only your customer support details are needed. Sign in to Partner Center as a global admin, go to Settings (the gear icon) &gt; Account settings &gt; Organization profile, and give these values in its support section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Partner Center again</source>
        <translation>&amp;Open Partner Center again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved the&amp;m</source>
        <translation>I have saved the&amp;m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did Partner Center save your customer support details? Once recorded, your answers here become a read-only record and your reseller account is ready.</source>
        <translation>Did Partner Center save your customer support details? Once recorded, your answers here become a read-only record and your reseller account is ready.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enroll now</source>
        <translation>&amp;Enroll now</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You saved your customer support details on Partner Center ({time}). Your reseller account is ready: select Next.</source>
        <translation>You saved your customer support details on Partner Center ({time}). Your reseller account is ready: select Next.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You submitted your enrollment on Partner Center ({time}). Microsoft emails your primary contact, {email}, to verify that they signed up and that the address belongs to your company; the review can take several days. Select Next to record its progress.</source>
        <translation>You submitted your enrollment on Partner Center ({time}). Microsoft emails your primary contact, {email}, to verify that they signed up and that the address belongs to your company; the review can take several days. Select Next to record its progress.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {label}</source>
        <translation>Copy {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open the page</source>
        <translation>Open the page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page: {title}</source>
        <translation>Open the page: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied. Paste it into the portal&apos;s field.</source>
        <translation>Copied. Paste it into the portal&apos;s field.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner Center is open in your browser.</source>
        <translation>Partner Center is open in your browser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center&apos;s sign-up page is open in your browser.</source>
        <translation>Partner Center&apos;s sign-up page is open in your browser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be opened. Go to {url} to enroll.</source>
        <translation>No browser could be opened. Go to {url} to enroll.</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <location filename="../../wizard/ui/help_pane.py" line="+137"/>
        <source>&lt;p&gt;No help is available for this step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No help is available for this step.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Help for this step (F1)</source>
        <translation>Help for this step (F1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;help for this step</source>
        <translation>Show &amp;help for this step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;help</source>
        <translation>Show &amp;help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the help pane beside the page</source>
        <translation>Show or hide the help pane beside the page</translation>
    </message>
</context>
<context>
    <name>LegalProfilePage</name>
    <message>
        <location filename="../../wizard/ui/pages/legal_profile.py" line="+30"/>
        <source>Provide or update your company&apos;s legal business profile, primary contact and customer support information. It&apos;s prefilled from your MPN profile; it must match your company&apos;s registration records exactly.</source>
        <translation>Provide or update your company&apos;s legal business profile, primary contact and customer support information. It&apos;s prefilled from your MPN profile; it must match your company&apos;s registration records exactly.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal business name:</source>
        <translation>&amp;Legal business name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address line 1:</source>
        <translation>&amp;Address line 1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2 (optional):</source>
        <translation>Address line &amp;2 (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/p&amp;rovince:</source>
        <translation>State/p&amp;rovince:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;code:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry/region:</source>
        <translation>Co&amp;untry/region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst name:</source>
        <translation>F&amp;irst name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;st name:</source>
        <translation>La&amp;st name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support e&amp;mail:</source>
        <translation>Support e&amp;mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ph&amp;one:</source>
        <translation>Support ph&amp;one:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;website (optional):</source>
        <translation>Support &amp;website (optional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@yourcompany.com — not Gmail, Outlook.com, Yahoo!, iCloud or AOL</source>
        <translation>name@yourcompany.com — not Gmail, Outlook.com, Yahoo!, iCloud or AOL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal business profile</source>
        <translation>Legal business profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person we contact about your application.</source>
        <translation>The person we contact about your application.</translation>
    </message>
    <message>
        <source>Primary contact — the person we contact about your application</source>
        <translation type="vanished">Primary contact — the person we contact about your application</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Customer support information</source>
        <translation>Customer support information</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../wizard/domain/lifecycle.py" line="+107"/>
        <source>Not submitted yet</source>
        <translation>Not submitted yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re still filling in your company&apos;s details. Nothing has been sent to Microsoft.</source>
        <translation>You&apos;re still filling in your company&apos;s details. Nothing has been sent to Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete every step, then select Enroll now.</source>
        <translation>Complete every step, then select Enroll now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for your primary contact to verify their email</source>
        <translation>Waiting for your primary contact to verify their email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received your enrollment and emailed your primary contact. To protect your company, we need them to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</source>
        <translation>We received your enrollment and emailed your primary contact. To protect your company, we need them to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask your primary contact to open the verification email and select the link in it. If it hasn&apos;t arrived within one business day, resend it.</source>
        <translation>Ask your primary contact to open the verification email and select the link in it. If it hasn&apos;t arrived within one business day, resend it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We&apos;re reviewing your information</source>
        <translation>We&apos;re reviewing your information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your primary contact verified their email. We&apos;re now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</source>
        <translation>Your primary contact verified their email. We&apos;re now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to do for now. The review takes several days; we&apos;ll email your primary contact when it&apos;s done.</source>
        <translation>Nothing to do for now. The review takes several days; we&apos;ll email your primary contact when it&apos;s done.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We need more information</source>
        <translation>We need more information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We couldn&apos;t verify part of the information you provided, so the review is paused.</source>
        <translation>We couldn&apos;t verify part of the information you provided, so the review is paused.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reason, correct your legal business profile so it matches your registration records exactly (no abbreviations), and resubmit. The review then starts again.</source>
        <translation>Read the reason, correct your legal business profile so it matches your registration records exactly (no abbreviations), and resubmit. The review then starts again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your enrollment was not approved</source>
        <translation>Your enrollment was not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We couldn&apos;t confirm that your company&apos;s details match its Microsoft partner profile.</source>
        <translation>We couldn&apos;t confirm that your company&apos;s details match its Microsoft partner profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reason. If you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</source>
        <translation>Read the reason. If you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your Partner Center account is ready</source>
        <translation>Your Partner Center account is ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We verified your company. You&apos;re enrolled in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation>We verified your company. You&apos;re enrolled in the Cloud Solution Provider program as an indirect reseller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you&apos;re in the admin agent group, sign the Microsoft Partner Agreement, then accept your indirect provider&apos;s invitation.</source>
        <translation>Make sure you&apos;re in the admin agent group, sign the Microsoft Partner Agreement, then accept your indirect provider&apos;s invitation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There&apos;s no verification step in progress.</source>
        <translation>There&apos;s no verification step in progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s legal business profile is being entered; it hasn&apos;t been submitted.</source>
        <translation>Your company&apos;s legal business profile is being entered; it hasn&apos;t been submitted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We emailed your primary contact. They need to open the message and confirm that they signed up for a Partner Center account and that the address belongs to your company.</source>
        <translation>We emailed your primary contact. They need to open the message and confirm that they signed up for a Partner Center account and that the address belongs to your company.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We&apos;re checking that your primary contact&apos;s email address uses a domain your company owns.</source>
        <translation>We&apos;re checking that your primary contact&apos;s email address uses a domain your company owns.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We&apos;re checking that your primary contact works for your company and uses a domain your company owns.</source>
        <translation>We&apos;re checking that your primary contact works for your company and uses a domain your company owns.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We&apos;re checking that your company legally exists at the address you gave, with exactly the name and address in its registration records.</source>
        <translation>We&apos;re checking that your company legally exists at the address you gave, with exactly the name and address in its registration records.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We&apos;ve finished our checks and are making a decision.</source>
        <translation>We&apos;ve finished our checks and are making a decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else needs attention; the reason tells you what.</source>
        <translation>Something else needs attention; the reason tells you what.</translation>
    </message>
</context>
<context>
    <name>LiveOverviewPage</name>
    <message>
        <location filename="../../wizard/ui/pages/live_overview.py" line="+30"/>
        <source>Your Partner Center account is ready. Finish setting it up on Partner Center&apos;s web pages, and tick each step here once it&apos;s done.</source>
        <translation>Your Partner Center account is ready. Finish setting it up on Partner Center&apos;s web pages, and tick each step here once it&apos;s done.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open in browser: {title}</source>
        <translation>Open in browser: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admin agent permissions</source>
        <translation>Admin agent permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To finish setting up your account, including adding other users, you need admin agent permissions. Microsoft offers no API for this: do it on Partner Center.</source>
        <translation>To finish setting up your account, including adding other users, you need admin agent permissions. Microsoft offers no API for this: do it on Partner Center.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Open in browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m in the a&amp;dmin agent group</source>
        <translation>I&apos;m in the a&amp;dmin agent group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Partner Agreement (Program info)</source>
        <translation>Microsoft Partner Agreement (Program info)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</source>
        <translation>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that you&apos;ve signed the Microsoft Partner Agreement on the Program Info section of Partner profile.</source>
        <translation>Confirm that you&apos;ve signed the Microsoft Partner Agreement on the Program Info section of Partner profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in bro&amp;wser</source>
        <translation>Open in bro&amp;wser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Partner p&amp;rofile</source>
        <translation>Open Partner p&amp;rofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;greement accepted for {region}</source>
        <translation>A&amp;greement accepted for {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your CSP region</source>
        <translation>your CSP region</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Connect with an indirect provider</source>
        <translation>Connect with an indirect provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open indirect &amp;providers and customers</source>
        <translation>Open indirect &amp;providers and customers</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Your Partner ID: {partner_id}</source>
        <translation>Your Partner ID: {partner_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Partner Center which Partner ID it has linked…</source>
        <translation>Asking Partner Center which Partner ID it has linked…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner ID linked in Partner Center: {partner_id}</source>
        <translation>Partner ID linked in Partner Center: {partner_id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It isn&apos;t the Partner ID this case has ({partner_id}): check Account settings → Identifiers in Partner Center.</source>
        <translation>It isn&apos;t the Partner ID this case has ({partner_id}): check Account settings → Identifiers in Partner Center.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partner Center has no Partner ID linked yet: add it in Account settings → Identifiers.</source>
        <translation>Partner Center has no Partner ID linked yet: add it in Account settings → Identifiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner Center didn&apos;t say which Partner ID is linked; check it in Account settings → Identifiers.</source>
        <translation>Partner Center didn&apos;t say which Partner ID is linked; check it in Account settings → Identifiers.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ Recorded on {date} by {who}.</source>
        <translation>✔ Recorded on {date} by {who}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded in the case&apos;s audit trail.</source>
        <translation>Recorded in the case&apos;s audit trail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The page is open in your browser.</source>
        <translation>The page is open in your browser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No browser could be opened. Go to {url}</source>
        <translation>No browser could be opened. Go to {url}</translation>
    </message>
</context>
<context>
    <name>LiveRelationshipsWindow</name>
    <message>
        <location filename="../../wizard/ui/live_relationships.py" line="+40"/>
        <source>&amp;Find a provider</source>
        <translation>&amp;Find a provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nvitation</source>
        <translation>I&amp;nvitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You remove a provider&apos;s administrator access to your work account in the Microsoft 365 admin center; Partner Center&apos;s indirect providers page shows who they are.</source>
        <translation>You remove a provider&apos;s administrator access to your work account in the Microsoft 365 admin center; Partner Center&apos;s indirect providers page shows who they are.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Open the find-a-provider page</source>
        <translation>&amp;Open the find-a-provider page</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Partner Center offers no API to search for indirect providers: search Microsoft&apos;s list on the web.</source>
        <translation>Partner Center offers no API to search for indirect providers: search Microsoft&apos;s list on the web.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Partner Center&apos;s &amp;dashboard</source>
        <translation>Open Partner Center&apos;s &amp;dashboard</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A provider&apos;s invitation is accepted and authorized on Partner Center&apos;s web pages, not here.</source>
        <translation>A provider&apos;s invitation is accepted and authorized on Partner Center&apos;s web pages, not here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite new customers</source>
        <translation>Invite new customers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the customer the link Partner Center makes for you: when they open it and accept the reseller relationship, they appear here.</source>
        <translation>Send the customer the link Partner Center makes for you: when they open it and accept the reseller relationship, they appear here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;y link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation lin&amp;k:</source>
        <translation>Invitation lin&amp;k:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email &amp;it</source>
        <translation>Email &amp;it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;email:</source>
        <translation>Customer &amp;email:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a provider on the &amp;web</source>
        <translation>Find a provider on the &amp;web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the indirect providers pa&amp;ge</source>
        <translation>Open the indirect providers pa&amp;ge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indirect providers page: on Partner Center&apos;s dashboard, select Indirect providers in the menu.</source>
        <translation>Indirect providers page: on Partner Center&apos;s dashboard, select Indirect providers in the menu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your customers in Partner Center</source>
        <translation>Your customers in Partner Center</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read from Partner Center.</source>
        <translation>Read from Partner Center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center lists no indirect provider for your account yet.</source>
        <translation>Partner Center lists no indirect provider for your account yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner Center couldn&apos;t be read just now ({reason}). The last known state is shown.</source>
        <translation>Partner Center couldn&apos;t be read just now ({reason}). The last known state is shown.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Partner Center didn&apos;t give the invitation link: on its dashboard, select Customers, then Request a reseller relationship.</source>
        <translation>Partner Center didn&apos;t give the invitation link: on its dashboard, select Customers, then Request a reseller relationship.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link copied. Paste it into an email to your customer.</source>
        <translation>Link copied. Paste it into an email to your customer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept a reseller relationship with {company}</source>
        <translation>Accept a reseller relationship with {company}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hello,

To let us work with you as your Microsoft Cloud Solution Provider, please open this link, sign in as a global admin of your company and accept the reseller relationship:

{url}
</source>
        <translation>Hello,

To let us work with you as your Microsoft Cloud Solution Provider, please open this link, sign in as a global admin of your company and accept the reseller relationship:

{url}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An email to {email} is open in your mail app. Send it; the customer appears here once they accept.</source>
        <translation>An email to {email} is open in your mail app. Send it; the customer appears here once they accept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mail app could be opened: copy the link instead.</source>
        <translation>No mail app could be opened: copy the link instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser could be opened. Go to {url}</source>
        <translation>No browser could be opened. Go to {url}</translation>
    </message>
</context>
<context>
    <name>LiveSettingsDialog</name>
    <message>
        <location filename="../../wizard/ui/live_settings.py" line="+16"/>
        <source>Live mode settings</source>
        <translation>Live mode settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application (&amp;client) ID:</source>
        <translation>Application (&amp;client) ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft &amp;Graph endpoint:</source>
        <translation>Microsoft &amp;Graph endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner Center endpoint:</source>
        <translation>&amp;Partner Center endpoint:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by {variable} in the environment, which wins over this setting.</source>
        <translation>Set by {variable} in the environment, which wins over this setting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client ID is your organization&apos;s own app registration in Microsoft Entra ID (see the README&apos;s &quot;Live mode&quot; section). Change the authority and endpoints only for a sovereign cloud or a test server. Environment variables (WIZARD_LIVE_CLIENT_ID and the others) win over these values.</source>
        <translation>The client ID is your organization&apos;s own app registration in Microsoft Entra ID (see the README&apos;s &quot;Live mode&quot; section). Change the authority and endpoints only for a sovereign cloud or a test server. Environment variables (WIZARD_LIVE_CLIENT_ID and the others) win over these values.</translation>
    </message>
</context>
<context>
    <name>LiveSignInPage</name>
    <message>
        <location filename="../../wizard/ui/pages/live_sign_in.py" line="+42"/>
        <source>Sign in with Microsoft, in your browser, with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</source>
        <translation>Sign in with Microsoft, in your browser, with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your browser opens Microsoft&apos;s sign-in page; the wizard never sees your password. Then the wizard checks that you&apos;re a global admin and reads your tenant&apos;s country/region and verified domains.</source>
        <translation>Your browser opens Microsoft&apos;s sign-in page; the wizard never sees your password. Then the wizard checks that you&apos;re a global admin and reads your tenant&apos;s country/region and verified domains.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in with Microsoft</source>
        <translation>&amp;Sign in with Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a co&amp;de instead</source>
        <translation>Sign in with a co&amp;de instead</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-in</source>
        <translation type="vanished">Ca&amp;ncel sign-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l sign-in</source>
        <translation>Cance&amp;l sign-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work account? &amp;Create one</source>
        <translation>No work account? &amp;Create one</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your tenant&apos;s co&amp;untry/region:</source>
        <translation>Your tenant&apos;s co&amp;untry/region:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Partner Center already has an approved legal business profile for this tenant. If your company is already enrolled in CSP as an indirect reseller, tick this: only your customer support details are asked. If it is enrolled in another program, leave it unticked and go on.</source>
        <translation>Partner Center already has an approved legal business profile for this tenant. If your company is already enrolled in CSP as an indirect reseller, tick this: only your customer support details are asked. If it is enrolled in another program, leave it unticked and go on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My company is &amp;already enrolled in CSP as an indirect reseller</source>
        <translation>My company is &amp;already enrolled in CSP as an indirect reseller</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Signed in as {account} (tenant {tenant}, {country}).</source>
        <translation>Signed in as {account} (tenant {tenant}, {country}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {account}.</source>
        <translation>Signed in as {account}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last signed in as {account}. The enrollment is submitted: when the status page asks, sign in again there.</source>
        <translation>Last signed in as {account}. The enrollment is submitted: when the status page asks, sign in again there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed in as {account} (tenant {tenant}). Sign in again to continue with Microsoft.</source>
        <translation>Last signed in as {account} (tenant {tenant}). Sign in again to continue with Microsoft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed in as {account}. Sign in again to continue with Microsoft.</source>
        <translation>Last signed in as {account}. Sign in again to continue with Microsoft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>Sign in with Microsoft in the browser window that opened…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Asking Microsoft for a sign-in code…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On any device, go to {url} and enter the code {code}. The wizard waits here until you have signed in.</source>
        <translation>On any device, go to {url} and enter the code {code}. The wizard waits here until you have signed in.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed out: the sign-in kept on this computer was removed. Sign in again to continue with Microsoft.</source>
        <translation>Signed out: the sign-in kept on this computer was removed. Sign in again to continue with Microsoft.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in kept on this computer was removed. Sign in again to read the status from Partner Center.</source>
        <translation type="vanished">Signed out: the sign-in kept on this computer was removed. Sign in again to read the status from Partner Center.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Signing in…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Microsoft&apos;s sign-up page is open in your browser. Create your work account there, then come back and sign in with it as its global admin.</source>
        <translation>Microsoft&apos;s sign-up page is open in your browser. Create your work account there, then come back and sign in with it as its global admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be opened. Go to {url} to create a work account.</source>
        <translation>No browser could be opened. Go to {url} to create a work account.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wizard/ui/main_window.py" line="+43"/>
        <source>Enroll as an indirect reseller — CSP onboarding</source>
        <translation>Enroll as an indirect reseller — CSP onboarding</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+301"/>
        <source>Not saved yet — retrying</source>
        <translation>Not saved yet — retrying</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases…</source>
        <translation>&amp;Cases…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>&amp;Export case for a colleague…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Case packets (*.json)</source>
        <translation>Case packets (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import a case…</source>
        <translation>&amp;Import a case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;answers file…</source>
        <translation>Save as &amp;answers file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers files (*.toml *.json)</source>
        <translation>Answers files (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable &amp;summary (PDF)…</source>
        <translation>Printable &amp;summary (PDF)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support s&amp;taff name…</source>
        <translation>Support s&amp;taff name…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Live mode settings…</source>
        <translation>&amp;Live mode settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Par&amp;tner Center</source>
        <translation>Par&amp;tner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indirect providers and customers…</source>
        <translation>&amp;Indirect providers and customers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbo&amp;x</source>
        <translation>Sandbo&amp;x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emails the sandbox Partner Center sent, with their links</source>
        <translation>The emails the sandbox Partner Center sent, with their links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;link…</source>
        <translation>Open a &amp;link…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advance the clock by 1 &amp;day</source>
        <translation>Advance the clock by 1 &amp;day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advance the clock by &amp;3 days</source>
        <translation>Advance the clock by &amp;3 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the clock by &amp;7 days</source>
        <translation>Advance the clock by &amp;7 days</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Moving the sandbox clock forward…</source>
        <translation>Moving the sandbox clock forward…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox time is now {time}.</source>
        <translation>Sandbox time is now {time}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox clock could not be moved: {reason}</source>
        <translation>The sandbox clock could not be moved: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Support staff name</source>
        <translation>Support staff name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name, recorded in every case&apos;s audit trail (empty: your computer login):</source>
        <translation>Your &amp;name, recorded in every case&apos;s audit trail (empty: your computer login):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSP onboarding wizard: enroll as an indirect reseller in the Cloud Solution Provider program. Runs against the embedded sandbox Partner Center.</source>
        <translation>CSP onboarding wizard: enroll as an indirect reseller in the Cloud Solution Provider program. Runs against the embedded sandbox Partner Center.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your last changes could not be saved: {reason}</source>
        <translation>Your last changes could not be saved: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved — changed elsewhere</source>
        <translation>Not saved — changed elsewhere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this case</source>
        <translation>Someone else changed this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved values:</source>
        <translation>Your unsaved values:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload the case</source>
        <translation>&amp;Reload the case</translation>
    </message>
</context>
<context>
    <name>ManualStatusPage</name>
    <message>
        <location filename="../../wizard/ui/pages/manual_status.py" line="+65"/>
        <source>Record the review of your enrollment as Microsoft emails your primary contact about it.</source>
        <translation>Record the review of your enrollment as Microsoft emails your primary contact about it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Microsoft has told you</source>
        <translation>What Microsoft has told you</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Partner Center doesn&apos;t report this account&apos;s enrollment status to the wizard, so tick each step when it happens, with its date.</source>
        <translation>Partner Center doesn&apos;t report this account&apos;s enrollment status to the wizard, so tick each step when it happens, with its date.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Verification &amp;email confirmed by the primary contact</source>
        <translation>Verification &amp;email confirmed by the primary contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;on:</source>
        <translation>Confirmed &amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft as&amp;ked for more information (an email about your legal business profile)</source>
        <translation>Microsoft as&amp;ked for more information (an email about your legal business profile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aske&amp;d on:</source>
        <translation>Aske&amp;d on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal business profile corrected in Partner Center as asked: the review resumed</source>
        <translation>&amp;Legal business profile corrected in Partner Center as asked: the review resumed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrected on:</source>
        <translation>&amp;Corrected on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment a&amp;pproved: the Partner Center account is ready</source>
        <translation>Enrollment a&amp;pproved: the Partner Center account is ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved on:</source>
        <translation>&amp;Approved on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment rejected b&amp;y Microsoft</source>
        <translation>Enrollment rejected b&amp;y Microsoft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;jected on:</source>
        <translation>Re&amp;jected on:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sign &amp;in again</source>
        <translation>Sign &amp;in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Cancel si&amp;gn-in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the status of your enrollment from Partner Center…</source>
        <translation>Reading the status of your enrollment from Partner Center…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read from Partner Center.</source>
        <translation>Read from Partner Center.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/live_status_words.py" line="+15"/>
        <source>Partner Center received your enrollment, and Microsoft emailed your primary contact to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</source>
        <translation>Partner Center received your enrollment, and Microsoft emailed your primary contact to confirm that they signed up for a Partner Center account and that their email address belongs to your company.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What&apos;s next: ask your primary contact to look for Microsoft&apos;s verification email (in the junk folder too) and select the link in it. If it hasn&apos;t arrived within one business day, resend it from Partner Center: Organization profile, then Legal info.</source>
        <translation>What&apos;s next: ask your primary contact to look for Microsoft&apos;s verification email (in the junk folder too) and select the link in it. If it hasn&apos;t arrived within one business day, resend it from Partner Center: Organization profile, then Legal info.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your primary contact verified their email. Microsoft is now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</source>
        <translation>Your primary contact verified their email. Microsoft is now checking that they work for your company and that your company&apos;s legal name and address match its registration records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What&apos;s next: nothing to do for now. The review takes several business days; Microsoft emails your primary contact when it&apos;s done, or when it needs more information.</source>
        <translation>What&apos;s next: nothing to do for now. The review takes several business days; Microsoft emails your primary contact when it&apos;s done, or when it needs more information.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft couldn&apos;t verify part of your company&apos;s information and emailed your primary contact about it. The review is paused until you correct it.</source>
        <translation>Microsoft couldn&apos;t verify part of your company&apos;s information and emailed your primary contact about it. The review is paused until you correct it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s next: in Partner Center (Organization profile, then Legal info), correct your legal business profile as Microsoft&apos;s email says, so that it matches your registration records exactly, and send the proof it asks for, such as a business registration certificate. Then record the correction below with its date.</source>
        <translation>What&apos;s next: in Partner Center (Organization profile, then Legal info), correct your legal business profile as Microsoft&apos;s email says, so that it matches your registration records exactly, and send the proof it asks for, such as a business registration certificate. Then record the correction below with its date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft didn&apos;t approve your enrollment. Its email to your primary contact says why.</source>
        <translation>Microsoft didn&apos;t approve your enrollment. Its email to your primary contact says why.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s next: if you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</source>
        <translation>What&apos;s next: if you think it&apos;s a mistake, contact Partner Center support with proof of your company&apos;s registration, such as a business or tax registration certificate.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/manual_status.py" line="+42"/>
        <source>Until you sign in again, you can record here what Microsoft&apos;s emails tell you: tick each step when it happens, with its date.</source>
        <translation>Until you sign in again, you can record here what Microsoft&apos;s emails tell you: tick each step when it happens, with its date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your browser opens Microsoft&apos;s sign-in page. Sign in with a work account of {tenant}, the tenant this enrollment is for.</source>
        <translation>Your browser opens Microsoft&apos;s sign-in page. Sign in with a work account of {tenant}, the tenant this enrollment is for.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>Sign in with Microsoft in the browser window that opened…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Yes, &amp;record it</source>
        <translation>Yes, &amp;record it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, &amp;wait</source>
        <translation>No, &amp;wait</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record that Microsoft approved your enrollment on {date}? The review then ends here; it can&apos;t be undone.</source>
        <translation>Record that Microsoft approved your enrollment on {date}? The review then ends here; it can&apos;t be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that Microsoft rejected your enrollment on {date}? The review then ends here; it can&apos;t be undone.</source>
        <translation>Record that Microsoft rejected your enrollment on {date}? The review then ends here; it can&apos;t be undone.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded in the case&apos;s audit trail.</source>
        <translation>Recorded in the case&apos;s audit trail.</translation>
    </message>
</context>
<context>
    <name>MpnPage</name>
    <message>
        <location filename="../../wizard/ui/pages/mpn.py" line="+44"/>
        <source>Sign in to the Partner Membership Center, then select the MPN ID of the active company profile located in the same country/region as your work account&apos;s tenant.</source>
        <translation>Sign in to the Partner Membership Center, then select the MPN ID of the active company profile located in the same country/region as your work account&apos;s tenant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in to &amp;Partner Membership Center</source>
        <translation>Sign in to &amp;Partner Membership Center</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PMC &amp;user name:</source>
        <translation>PMC &amp;user name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC pass&amp;word:</source>
        <translation>PMC pass&amp;word:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;MPN ID:</source>
        <translation>&amp;MPN ID:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t be chosen: {reason}</source>
        <translation>Can&apos;t be chosen: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in to see your company profiles.</source>
        <translation>Sign in to see your company profiles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected MPN ID {mpn_id} ({company}).</source>
        <translation>Selected MPN ID {mpn_id} ({company}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your Partner Membership Center user name.</source>
        <translation>Enter your Partner Membership Center user name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Partner Membership Center password.</source>
        <translation>Enter your Partner Membership Center password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in to the Partner Membership Center…</source>
        <translation>Signing in to the Partner Membership Center…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln company profile(s) found. Select one.</source>
        <translation>
            <numerusform>%Ln company profile found. Select one.</numerusform>
            <numerusform>%Ln company profiles found. Select one.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} company profiles found. Select one.</source>
        <translation type="vanished">{count} company profiles found. Select one.</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../wizard/ui/notes_dialog.py" line="+45"/>
        <source>Notes — %1</source>
        <translation>Notes — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes, oldest first</source>
        <translation>Notes, oldest first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note for whoever picks this case up next</source>
        <translation>Write a note for whoever picks this case up next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New note:</source>
        <translation>&amp;New note:</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../wizard/ui/outbox.py" line="+77"/>
        <source>Sandbox outbox</source>
        <translation>Sandbox outbox</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the sandbox&apos;s simulated mailbox: the emails the sandbox Partner Center would have sent. Nothing here was delivered; open a link to act as the person who received the email.</source>
        <translation>This is the sandbox&apos;s simulated mailbox: the emails the sandbox Partner Center would have sent. Nothing here was delivered; open a link to act as the person who received the email.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent emails, newest first</source>
        <translation>Sent emails, newest first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email text</source>
        <translation>Email text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No email selected. The sandbox sends the verification email to the primary contact when you select Enroll now.</source>
        <translation>No email selected. The sandbox sends the verification email to the primary contact when you select Enroll now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to open</source>
        <translation>Link to open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open link</source>
        <translation>&amp;Open link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a &amp;link:</source>
        <translation>Open a &amp;link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{time}   {to}   {subject}</source>
        <translation>{time}   {to}   {subject}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>The outbox could not be read: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From: Microsoft Partner Center (sandbox)
To: {to}
Sent: {time}
Subject: {subject}</source>
        <translation>From: Microsoft Partner Center (sandbox)
To: {to}
Sent: {time}
Subject: {subject}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening the link…</source>
        <translation>Opening the link…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link was opened.</source>
        <translation>The link was opened.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../wizard/ui/pages/overview.py" line="+30"/>
        <source>Your Partner Center account is ready. Finish setting it up.</source>
        <translation>Your Partner Center account is ready. Finish setting it up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ You&apos;ve accepted the Microsoft Partner Agreement. You can transact in CSP.</source>
        <translation>✔ You&apos;ve accepted the Microsoft Partner Agreement. You can transact in CSP.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Admin agent permissions</source>
        <translation>Admin agent permissions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To finish setting up your account, including adding other users, you need admin agent permissions. In Partner Center: Settings → User management → select your name → Admin agent → Update. The wizard can do this for you.</source>
        <translation>To finish setting up your account, including adding other users, you need admin agent permissions. In Partner Center: Settings → User management → select your name → Admin agent → Update. The wizard can do this for you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add me to the admin agent group</source>
        <translation>&amp;Add me to the admin agent group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your membership is still in the Partner Membership Center. Move it to Partner Center before you sign the Microsoft Partner Agreement:
1. Sign in to Partner Center with your global admin work account.
2. Follow the guide to migrating from PMC to Partner Center to link your MPN ID.
3. Check the account type in Partner profile: it must say Partner Center.</source>
        <translation>Your membership is still in the Partner Membership Center. Move it to Partner Center before you sign the Microsoft Partner Agreement:
1. Sign in to Partner Center with your global admin work account.
2. Follow the guide to migrating from PMC to Partner Center to link your MPN ID.
3. Check the account type in Partner profile: it must say Partner Center.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to Partner Center</source>
        <translation>&amp;Move to Partner Center</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Microsoft Partner Agreement (Program info)</source>
        <translation>Microsoft Partner Agreement (Program info)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</source>
        <translation>All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP region where they do business. Accepting it needs global admin credentials.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSP &amp;region:</source>
        <translation>CSP &amp;region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Global admin:</source>
        <translation>&amp;Global admin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccept the Microsoft Partner Agreement</source>
        <translation>A&amp;ccept the Microsoft Partner Agreement</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Connect with an indirect provider</source>
        <translation>Connect with an indirect provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</source>
        <translation>Find an indirect provider, accept its invitation, see the customers you share and invite new ones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open indirect &amp;providers and customers</source>
        <translation>Open indirect &amp;providers and customers</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking your account…</source>
        <translation>Checking your account…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✔ You ({user}) are in the admin agent group.</source>
        <translation>✔ You ({user}) are in the admin agent group.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not in the admin agent group yet.</source>
        <translation>You are not in the admin agent group yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account type: Partner Membership Center (not moved yet)</source>
        <translation>Account type: Partner Membership Center (not moved yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account type: Partner Center — MPN ID {mpn}, {country}</source>
        <translation>Account type: Partner Center — MPN ID {mpn}, {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Signed on {time}</source>
        <translation>✔ Signed on {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updating your permissions…</source>
        <translation>Updating your permissions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving your account to Partner Center…</source>
        <translation>Moving your account to Partner Center…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the global admin&apos;s password to accept the agreement.</source>
        <translation>Enter the global admin&apos;s password to accept the agreement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepting the Microsoft Partner Agreement…</source>
        <translation>Accepting the Microsoft Partner Agreement…</translation>
    </message>
</context>
<context>
    <name>PartnerIdPage</name>
    <message>
        <location filename="../../wizard/ui/pages/partner_id.py" line="+19"/>
        <source>Enter your Partner ID, the ID of your company&apos;s location in your tenant&apos;s country/region.</source>
        <translation>Enter your Partner ID, the ID of your company&apos;s location in your tenant&apos;s country/region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Partner ID is made of digits only, like 1234567.</source>
        <translation>A Partner ID is made of digits only, like 1234567.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the Partner ID (formerly the MPN ID) of your company&apos;s location in the same country/region as your work account&apos;s tenant.</source>
        <translation>Enter the Partner ID (formerly the MPN ID) of your company&apos;s location in the same country/region as your work account&apos;s tenant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Partner ID:</source>
        <translation>&amp;Partner ID:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Partner Center already has this Partner ID linked to your account. Check that it is the ID of your company&apos;s location in your tenant&apos;s country/region, not of its headquarters.</source>
        <translation>Partner Center already has this Partner ID linked to your account. Check that it is the ID of your company&apos;s location in your tenant&apos;s country/region, not of its headquarters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your tenant&apos;s country/region ({country})</source>
        <translation>your tenant&apos;s country/region ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your tenant&apos;s country/region</source>
        <translation>your tenant&apos;s country/region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the country matters: one CSP account belongs to exactly one location of your company, the one in {where}. Partner Center links the Partner ID of that location, and your legal country/region can&apos;t be changed later. Find it in Partner Center under Account settings &gt; Identifiers, or in the Microsoft AI Cloud Partner Program; Partner Membership Center was retired in 2022.</source>
        <translation>Why the country matters: one CSP account belongs to exactly one location of your company, the one in {where}. Partner Center links the Partner ID of that location, and your legal country/region can&apos;t be changed later. Find it in Partner Center under Account settings &gt; Identifiers, or in the Microsoft AI Cloud Partner Program; Partner Membership Center was retired in 2022.</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <location filename="../../wizard/ui/provider_directory.py" line="+34"/>
        <source>Provider name</source>
        <translation>Provider name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Technical training and assistance</source>
        <translation>&amp;Technical training and assistance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar&amp;keting help</source>
        <translation>Mar&amp;keting help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing and cre&amp;dit terms</source>
        <translation>Financing and cre&amp;dit terms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country/re&amp;gion served:</source>
        <translation>Country/re&amp;gion served:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Providers you can work with</source>
        <translation>Providers you can work with</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Why isn&apos;t a provider listed?</source>
        <translation>&amp;Why isn&apos;t a provider listed?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Official Microsoft indirect providers (distributors) your legal business location allows you to work with. Contact a provider directly to discuss its reseller program; it then sends you an invitation.</source>
        <translation>Official Microsoft indirect providers (distributors) your legal business location allows you to work with. Contact a provider directly to discuss its reseller program; it then sends you an invitation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln provider(s) found.</source>
        <translation>
            <numerusform>%Ln provider found.</numerusform>
            <numerusform>%Ln providers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} providers found.</source>
        <translation type="vanished">{count} providers found.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technical training and assistance</source>
        <translation>Technical training and assistance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing help</source>
        <translation>Marketing help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing and credit terms</source>
        <translation>Financing and credit terms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions: {regions}</source>
        <translation>Regions: {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves: {countries}</source>
        <translation>Serves: {countries}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: {services}</source>
        <translation>Services: {services}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type part of the provider&apos;s name in Search first.</source>
        <translation>Type part of the provider&apos;s name in Search first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No provider matching that name is left out for your location.</source>
        <translation>No provider matching that name is left out for your location.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../wizard/domain/regions.py" line="+134"/>
        <source>{items} and {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your legal business location, {where}, is not in any CSP region, so you can&apos;t work with indirect providers such as {provider}.</source>
        <translation>Your legal business location, {where}, is not in any CSP region, so you can&apos;t work with indirect providers such as {provider}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} doesn&apos;t serve any CSP region; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} doesn&apos;t serve any CSP region; your legal business location, {where}, is in the {region} region.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} serves only the {regions} region; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} serves only the {regions} region; your legal business location, {where}, is in the {region} region.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} serves only the {regions} regions; your legal business location, {where}, is in the {region} region.</source>
        <translation>{provider} serves only the {regions} regions; your legal business location, {where}, is in the {region} region.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/messages.py" line="-32"/>
        <source>Africa</source>
        <translation>Africa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia and Pacific</source>
        <translation>Asia and Pacific</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea, Republic of</source>
        <translation>Korea, Republic of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>Latin America and the Caribbean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East, Central Europe, and Eastern Europe</source>
        <translation>Middle East, Central Europe, and Eastern Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>New Zealand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>United States</translation>
    </message>
</context>
<context>
    <name>RelationshipsWindow</name>
    <message>
        <location filename="../../wizard/ui/relationships.py" line="+47"/>
        <source>Indirect providers and customers</source>
        <translation>Indirect providers and customers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Find a provider</source>
        <translation>&amp;Find a provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nvitation</source>
        <translation>I&amp;nvitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect &amp;providers</source>
        <translation>Indirect &amp;providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connecting with indirect providers is available once your Partner Center account is ready.
Your enrollment is still being reviewed (status: {status}). Follow it on the Enrollment status page; then accept the Microsoft Partner Agreement on the CSP overview.</source>
        <translation>Connecting with indirect providers is available once your Partner Center account is ready.
Your enrollment is still being reviewed (status: {status}). Follow it on the Enrollment status page; then accept the Microsoft Partner Agreement on the CSP overview.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the invitation…</source>
        <translation>Opening the invitation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow the link in a provider&apos;s invitation email to see it here.</source>
        <translation>Follow the link in a provider&apos;s invitation email to see it here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you establish a partnership with an indirect provider, you authorize them to submit orders and add subscriptions on behalf of your customers, and you grant them administrator access to your company&apos;s work account. You can remove that administrator access later.</source>
        <translation>When you establish a partnership with an indirect provider, you authorize them to submit orders and add subscriptions on behalf of your customers, and you grant them administrator access to your company&apos;s work account. You can remove that administrator access later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I &amp;authorize this provider to be my indirect provider</source>
        <translation>I &amp;authorize this provider to be my indirect provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorize &amp;indirect provider</source>
        <translation>Authorize &amp;indirect provider</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{provider} invites you to authorize them as your indirect provider.
Sent {sent}; valid until {until}.
Regions: {regions}</source>
        <translation>{provider} invites you to authorize them as your indirect provider.
Sent {sent}; valid until {until}.
Regions: {regions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ You&apos;ve signed the Microsoft Partner Agreement for {regions}.</source>
        <translation>✔ You&apos;ve signed the Microsoft Partner Agreement for {regions}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You haven&apos;t signed the Microsoft Partner Agreement for {regions}. Providers refuse orders from resellers who haven&apos;t signed it for that region: accept it on the CSP overview first.</source>
        <translation>You haven&apos;t signed the Microsoft Partner Agreement for {regions}. Providers refuse orders from resellers who haven&apos;t signed it for that region: accept it on the CSP overview first.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{provider} is now your indirect provider. You&apos;re on their Indirect resellers list.</source>
        <translation>{provider} is now your indirect provider. You&apos;re on their Indirect resellers list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your indirect providers</source>
        <translation>Your indirect providers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator access</source>
        <translation>Administrator access</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View customers</source>
        <translation>&amp;View customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove administrator access</source>
        <translation>&amp;Remove administrator access</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the live service you remove a provider&apos;s administrator access to your work account in the Office 365 portal. In the sandbox the button does it and records it.</source>
        <translation>In the live service you remove a provider&apos;s administrator access to your work account in the Office 365 portal. In the sandbox the button does it and records it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Administrator access removed. The partnership itself continues.</source>
        <translation>Administrator access removed. The partnership itself continues.</translation>
    </message>
</context>
<context>
    <name>SharedCustomersModel</name>
    <message>
        <location filename="../../wizard/ui/models.py" line="+32"/>
        <source>⚠ no reseller relationship</source>
        <translation>⚠ no reseller relationship</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This provider has no reseller relationship with the customer, so it cannot submit orders for them. Invite the customer again: they accept both reseller relationships at once.</source>
        <translation>This provider has no reseller relationship with the customer, so it cannot submit orders for them. Invite the customer again: they accept both reseller relationships at once.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller relationship</source>
        <translation>Reseller relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../wizard/ui/pages/sign_in.py" line="+50"/>
        <source>Sign in with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</source>
        <translation>Sign in with the work account you use as a global admin for Office 365, Microsoft Azure or Microsoft Dynamics CRM.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work account:</source>
        <translation>&amp;Work account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No work account? &amp;Create one</source>
        <translation>No work account? &amp;Create one</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create a work account</source>
        <translation>Create a work account</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cr&amp;eate work account and sign in</source>
        <translation>Cr&amp;eate work account and sign in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Domain name:</source>
        <translation>&amp;Domain name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry/region:</source>
        <translation>Co&amp;untry/region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your full name:</source>
        <translation>&amp;Your full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passw&amp;ord:</source>
        <translation>New passw&amp;ord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confi&amp;rm password:</source>
        <translation>Confi&amp;rm password:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account} (tenant {tenant}, {country}).</source>
        <translation>Signed in as {account} (tenant {tenant}, {country}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter your work account, for example admin@contoso.onmicrosoft.com.</source>
        <translation>Enter your work account, for example admin@contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the password of your work account.</source>
        <translation>Enter the password of your work account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passwords are different. Type the same password twice.</source>
        <translation>The two passwords are different. Type the same password twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your name, as colleagues will see it.</source>
        <translation>Enter your name, as colleagues will see it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating your work account…</source>
        <translation>Creating your work account…</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../wizard/ui/pages/status.py" line="+52"/>
        <source>Follow the review of your enrollment. We also email every update to your primary contact.</source>
        <translation>Follow the review of your enrollment. We also email every update to your primary contact.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enrollment timeline</source>
        <translation>Enrollment timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emailed to</source>
        <translation>Emailed to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check &amp;status</source>
        <translation>Check &amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resend verification email</source>
        <translation>&amp;Resend verification email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update the legal profile and resubmit</source>
        <translation>&amp;Update the legal profile and resubmit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What do the statuses &amp;mean?</source>
        <translation>What do the statuses &amp;mean?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign &amp;in again</source>
        <translation>Sign &amp;in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-in has expired. Enter the password of your work account to continue.</source>
        <translation>Your sign-in has expired. Enter the password of your work account to continue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>• {title} (Partner Center: {vetting}, {sub_status}) — {meaning}</source>
        <translation>• {title} (Partner Center: {vetting}, {sub_status}) — {meaning}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking the status of your enrollment…</source>
        <translation>Checking the status of your enrollment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a new verification email…</source>
        <translation>Sending a new verification email…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new verification email was sent to {email}.</source>
        <translation>A new verification email was sent to {email}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked {time}.</source>
        <translation>Last checked {time}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the password of your work account.</source>
        <translation>Enter the password of your work account.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Expected decision: {time}.</source>
        <translation>Expected decision: {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s next: {text}</source>
        <translation>What&apos;s next: {text}</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../wizard/ui/step_panel.py" line="+56"/>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enrollment steps</source>
        <translation>Enrollment steps</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>current step, done</source>
        <translation>current step, done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done yet</source>
        <translation>not done yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {number} of {total}: {title}, {state}</source>
        <translation>Step {number} of {total}: {title}, {state}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../wizard/domain/steps.py" line="+25"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your work account</source>
        <translation>Sign in with your work account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your MPN ID</source>
        <translation>Choose your MPN ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Partner ID</source>
        <translation>Enter your Partner ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business profile</source>
        <translation>Legal business profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and enroll</source>
        <translation>Review and enroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll in Partner Center</source>
        <translation>Enroll in Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment status</source>
        <translation>Enrollment status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSP overview</source>
        <translation>CSP overview</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../wizard/store/engine.py" line="+154"/>
        <source>The team database {where} cannot be reached ({reason}). Check the server address, the user name and password, and that the server is running.</source>
        <translation>The team database {where} cannot be reached ({reason}). Check the server address, the user name and password, and that the server is running.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team database {where} refused the user name or password.</source>
        <translation>The team database {where} refused the user name or password.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The case database {path} cannot be written: it or its folder is read-only ({reason}). Make both writable for your user, then try again.</source>
        <translation>The case database {path} cannot be written: it or its folder is read-only ({reason}). Make both writable for your user, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case database {path} cannot be opened or written ({reason}). Check that the folder exists and is writable, and that the disk is connected.</source>
        <translation>The case database {path} cannot be opened or written ({reason}). Check that the folder exists and is writable, and that the disk is connected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the case database {path} is full. Free some space, then the wizard can save again.</source>
        <translation>The disk holding the case database {path} is full. Free some space, then the wizard can save again.</translation>
    </message>
    <message>
        <location filename="../../wizard/store/errors.py" line="+30"/>
        <source>The case database {path} is damaged or is not a case database, so it cannot be opened. A copy of the damaged file was kept as {backup}.</source>
        <translation>The case database {path} is damaged or is not a case database, so it cannot be opened. A copy of the damaged file was kept as {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case database {path} is damaged or is not a case database, so it cannot be opened. You can move it aside as a backup and start with an empty database.</source>
        <translation>The case database {path} is damaged or is not a case database, so it cannot be opened. You can move it aside as a backup and start with an empty database.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case database {path} is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</source>
        <translation>The case database {path} is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case database is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</source>
        <translation>The case database is busy: another copy of the wizard (or another program) is writing to it. Close the other program and try again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The case database {path} was created by a newer version of the wizard (schema {revision}). Install the latest version of the wizard to open it.</source>
        <translation>The case database {path} was created by a newer version of the wizard (schema {revision}). Install the latest version of the wizard to open it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case number {case_id}.</source>
        <translation>There is no case number {case_id}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone else changed this case (number {case_id}, now at version {actual}, you opened version {expected}) since you opened it. Reload it to see their changes; your edits are kept.</source>
        <translation>Someone else changed this case (number {case_id}, now at version {actual}, you opened version {expected}) since you opened it. Reload it to see their changes; your edits are kept.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../wizard/services/summary.py" line="+25"/>
        <source>CSP indirect reseller enrollment — summary</source>
        <translation>CSP indirect reseller enrollment — summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these details against your company&apos;s registration records.</source>
        <translation>Check these details against your company&apos;s registration records.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company (legal business profile)</source>
        <translation>Company (legal business profile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business name</source>
        <translation>Legal business name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 1</source>
        <translation>Address line 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province</source>
        <translation>State/province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Country/region</source>
        <translation>Country/region</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer support information</source>
        <translation>Customer support information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support email</source>
        <translation>Support email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support phone</source>
        <translation>Support phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support website</source>
        <translation>Support website</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>MPN ID</source>
        <translation>MPN ID</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not needed: the tenant is already enrolled in CSP</source>
        <translation>Not needed: the tenant is already enrolled in CSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPN profile</source>
        <translation>MPN profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account (tenant)</source>
        <translation>Work account (tenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global admin work account</source>
        <translation>Global admin work account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant domain</source>
        <translation>Tenant domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant country/region</source>
        <translation>Tenant country/region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner Center vetting status</source>
        <translation>Partner Center vetting status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment ID</source>
        <translation>Enrollment ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not submitted yet</source>
        <translation>Not submitted yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {account} (tenant {tenant})</source>
        <translation>Signed in as {account} (tenant {tenant})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in (tenant {value})</source>
        <translation>Signed in (tenant {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {value}</source>
        <translation>Signed in as {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment submitted</source>
        <translation>Enrollment submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment submitted (enrollment ID {value})</source>
        <translation>Enrollment submitted (enrollment ID {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emailed {value}</source>
        <translation>Emailed {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status updated</source>
        <translation>Status updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link from a sandbox email opened</source>
        <translation>Link from a sandbox email opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link from a sandbox email opened ({value})</source>
        <translation>Link from a sandbox email opened ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from an answers file</source>
        <translation>Prefilled from an answers file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case archived</source>
        <translation>Case archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case taken out of the archive</source>
        <translation>Case taken out of the archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin agent role checked</source>
        <translation>Admin agent role checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin agent role checked for {value}</source>
        <translation>Admin agent role checked for {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account moved from the Partner Membership Center to Partner Center</source>
        <translation>Account moved from the Partner Membership Center to Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted for {region} by {by}</source>
        <translation>Microsoft Partner Agreement accepted for {region} by {by}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted by {value}</source>
        <translation>Microsoft Partner Agreement accepted by {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted</source>
        <translation>Microsoft Partner Agreement accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Partner Agreement accepted for {value}</source>
        <translation>Microsoft Partner Agreement accepted for {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect provider authorized</source>
        <translation>Indirect provider authorized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect provider authorized: {value}</source>
        <translation>Indirect provider authorized: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator access removed from indirect provider</source>
        <translation>Administrator access removed from indirect provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator access removed from indirect provider {value}</source>
        <translation>Administrator access removed from indirect provider {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer invited</source>
        <translation>Customer invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer invited: {value}</source>
        <translation>Customer invited: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>Generated {time} · case {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status timeline</source>
        <translation>Status timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../wizard/backends/sandbox/enrollment.py" line="-103"/>
        <location filename="../../wizard/services/manual_status.py" line="-57"/>
        <source>Enrollment submitted</source>
        <translation>Enrollment submitted</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Verification email sent again</source>
        <translation>Verification email sent again</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal business profile updated and resubmitted</source>
        <translation>Legal business profile updated and resubmitted</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../wizard/services/manual_status.py" line="+1"/>
        <source>Primary contact&apos;s email verified; review started</source>
        <translation>Primary contact&apos;s email verified; review started</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We emailed the primary contact a link to confirm that they signed up for a Partner Center account and that the address belongs to the company. The link works for {days} days.</source>
        <translation>We emailed the primary contact a link to confirm that they signed up for a Partner Center account and that the address belongs to the company. The link works for {days} days.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/partner.py" line="-50"/>
        <source>{name} ({upn}) added to the admin agent group</source>
        <translation>{name} ({upn}) added to the admin agent group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({upn}) removed from the admin agent group</source>
        <translation>{name} ({upn}) removed from the admin agent group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by {upn} in Settings &gt; User management.</source>
        <translation>Changed by {upn} in Settings &gt; User management.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moved from Partner Membership Center to Partner Center</source>
        <translation>Moved from Partner Membership Center to Partner Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The membership account {user} is now managed in Partner Center.</source>
        <translation>The membership account {user} is now managed in Partner Center.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Microsoft Partner Agreement accepted for {region}</source>
        <translation>Microsoft Partner Agreement accepted for {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {name} ({upn}), global admin.</source>
        <translation>Signed by {name} ({upn}), global admin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Support email {email}, phone {phone}, website {website}.</source>
        <translation>Support email {email}, phone {phone}, website {website}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support email {email}, phone {phone}.</source>
        <translation>Support email {email}, phone {phone}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support contact information updated</source>
        <translation>Customer support contact information updated</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/review.py" line="+43"/>
        <source>Checking that your primary contact works for your company</source>
        <translation>Checking that your primary contact works for your company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your company&apos;s legal name and address</source>
        <translation>Checking your company&apos;s legal name and address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a decision</source>
        <translation>Making a decision</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no Microsoft partner profile to compare your company with.</source>
        <translation>There is no Microsoft partner profile to compare your company with.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal name &apos;{name}&apos; doesn&apos;t match the company name on the partner profile of MPN ID {mpn_id} (&apos;{company}&apos;). The name must match your registration records exactly.</source>
        <translation>The legal name &apos;{name}&apos; doesn&apos;t match the company name on the partner profile of MPN ID {mpn_id} (&apos;{company}&apos;). The name must match your registration records exactly.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your legal address is in {country}, but the partner profile of MPN ID {mpn_id} is in {profile_country}.</source>
        <translation>Your legal address is in {country}, but the partner profile of MPN ID {mpn_id} is in {profile_country}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos; and the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</source>
        <translation>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos; and the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos;</source>
        <translation>the postal code &apos;{postal}&apos; doesn&apos;t match the registered postal code &apos;{registered_postal}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</source>
        <translation>the city &apos;{city}&apos; doesn&apos;t match the registered city &apos;{registered_city}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t verify your company&apos;s address: {problems} (partner profile of MPN ID {mpn_id}). Correct your legal business profile so it matches your registration records exactly, then resubmit.</source>
        <translation>We couldn&apos;t verify your company&apos;s address: {problems} (partner profile of MPN ID {mpn_id}). Correct your legal business profile so it matches your registration records exactly, then resubmit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your company&apos;s legal name, country and address match the partner profile of MPN ID {mpn_id}.</source>
        <translation>Your company&apos;s legal name, country and address match the partner profile of MPN ID {mpn_id}.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/sandbox/seed.py" line="+163"/>
        <source>Already enrolled in CSP</source>
        <translation>Already enrolled in CSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tenant was enrolled in the Cloud Solution Provider program before you started. To act as an indirect reseller you only need to provide customer support contact information.</source>
        <translation>This tenant was enrolled in the Cloud Solution Provider program before you started. To act as an indirect reseller you only need to provide customer support contact information.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/manual_status.py" line="+1"/>
        <source>Enrollment approved: your Partner Center account is ready</source>
        <translation>Enrollment approved: your Partner Center account is ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by hand in the wizard.</source>
        <translation>Recorded by hand in the wizard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from Partner Center.</source>
        <translation>Read from Partner Center.</translation>
    </message>
    <message>
        <location filename="../../wizard/services/live_status.py" line="-219"/>
        <source>Microsoft asked for more information; the review is paused</source>
        <translation>Microsoft asked for more information; the review is paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal business profile corrected in Partner Center; the review resumed</source>
        <translation>Legal business profile corrected in Partner Center; the review resumed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment rejected</source>
        <translation>Enrollment rejected</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../wizard/domain/field_specs.py" line="-64"/>
        <source>Please provide {label}.</source>
        <translation>Please provide {label}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please shorten this to at most {limit} characters (it has {length}).</source>
        <translation>Please shorten this to at most {limit} characters (it has {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please remove characters that can&apos;t be used here: {characters}.</source>
        <translation>Please remove characters that can&apos;t be used here: {characters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This isn&apos;t a valid email address: {reason} Use the form name@contoso.com.</source>
        <translation>This isn&apos;t a valid email address: {reason} Use the form name@contoso.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an address on your company&apos;s domain: {family} addresses (web-based email) are not accepted for the primary contact.</source>
        <translation>Use an address on your company&apos;s domain: {family} addresses (web-based email) are not accepted for the primary contact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address on your company&apos;s domain: {domain} is a free web-based email service, and those addresses are not accepted for the primary contact.</source>
        <translation>Use an address on your company&apos;s domain: {domain} is a free web-based email service, and those addresses are not accepted for the primary contact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address at one of your tenant&apos;s verified domains ({domains}): {domain} isn&apos;t one of them, and the review starts by checking that this email belongs to your company.</source>
        <translation>Use an address at one of your tenant&apos;s verified domains ({domains}): {domain} isn&apos;t one of them, and the review starts by checking that this email belongs to your company.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{domain} is a throwaway email service: its addresses stop working. Use a lasting address on your company&apos;s domain.</source>
        <translation>{domain} is a throwaway email service: its addresses stop working. Use a lasting address on your company&apos;s domain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This isn&apos;t a valid phone number for {country}. Check the digits, or start with + and the country code, for example {example}.</source>
        <translation>This isn&apos;t a valid phone number for {country}. Check the digits, or start with + and the country code, for example {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This isn&apos;t a valid postal code for {country}. It should look like {example}.</source>
        <translation>This isn&apos;t a valid postal code for {country}. It should look like {example}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid state, province or territory for {country}, by code or name (for example {example}).</source>
        <translation>Enter a valid state, province or territory for {country}, by code or name (for example {example}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” isn&apos;t a country/region code. Choose one from the list (two letters, such as ES or US).</source>
        <translation>“{value}” isn&apos;t a country/region code. Choose one from the list (two letters, such as ES or US).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile is in {profile_country}, but your work account&apos;s tenant is in {tenant_country}. Choose the profile located in {tenant_country}.</source>
        <translation>This profile is in {profile_country}, but your work account&apos;s tenant is in {tenant_country}. Choose the profile located in {tenant_country}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your company&apos;s legal address is in {country}, but your work account&apos;s tenant is in {tenant_country}. Enrolling needs the legal business location in {tenant_country}.</source>
        <translation>Your company&apos;s legal address is in {country}, but your work account&apos;s tenant is in {tenant_country}. Enrolling needs the legal business location in {tenant_country}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MPN profile {mpn_id} is not active. Choose the MPN ID of an active company profile.</source>
        <translation>The MPN profile {mpn_id} is not active. Choose the MPN ID of an active company profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MPN ID is made of digits only, like 1234567.</source>
        <translation>An MPN ID is made of digits only, like 1234567.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a web address such as https://www.contoso.com (http or https and a full domain name).</source>
        <translation>Enter a web address such as https://www.contoso.com (http or https and a full domain name).</translation>
    </message>
    <message>
        <location filename="../../wizard/domain/rules.py" line="+177"/>
        <source>{code} or {name}</source>
        <translation>{code} or {name}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../wizard/ui/messages.py" line="-186"/>
        <source>check the address.</source>
        <translation>check the address.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>your country/region</source>
        <translation>your country/region</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Enter an email address.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address can&apos;t be longer than 254 characters.</source>
        <translation>An email address can&apos;t be longer than 254 characters.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../wizard/secrets.py" line="+33"/>
        <source>No system keyring is available: sign-ins are kept for this session only and you will be asked to sign in again next time.</source>
        <translation>No system keyring is available: sign-ins are kept for this session only and you will be asked to sign in again next time.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The system keyring stopped working: sign-ins are kept for this session only.</source>
        <translation>The system keyring stopped working: sign-ins are kept for this session only.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The system keyring is not working: sign-ins are kept for this session only and you will be asked to sign in again next time.</source>
        <translation>The system keyring is not working: sign-ins are kept for this session only and you will be asked to sign in again next time.</translation>
    </message>
    <message>
        <location filename="../../wizard/backends/live/auth.py" line="-218"/>
        <source>No system keyring is available: your Microsoft sign-in is kept for this session only and you will be asked to sign in again next time.</source>
        <translation>No system keyring is available: your Microsoft sign-in is kept for this session only and you will be asked to sign in again next time.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="+21"/>
        <source>Enroll your company in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation>Enroll your company in the Cloud Solution Provider program as an indirect reseller.</translation>
    </message>
    <message>
        <source>&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;</source>
        <translation>&lt;p&gt;As an indirect reseller you work with an indirect provider (a distributor) who buys cloud services from Microsoft and supports you with billing and customer support. Take a few minutes to gather these items before you start:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials for your work account&lt;/b&gt; — the user name and password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. If you don&apos;t have a work account, you can create one in the next step.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;li&gt;&lt;b&gt;Your Partner ID&lt;/b&gt; (formerly the MPN ID) — the ID of your company&apos;s location in the same country/region as your tenant. Find it in Partner Center under Account settings &gt; Identifiers.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Your Partner ID&lt;/b&gt; (formerly the MPN ID) — the ID of your company&apos;s location in the same country/region as your tenant. Find it in Partner Center under Account settings &gt; Identifiers.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Your Partner Membership Center user name and password&lt;/b&gt; — used to link your company&apos;s MPN ID with your new Partner Center account.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Your company&apos;s legal business name, address, primary contact and customer support details&lt;/b&gt; — used to confirm that your company has an established profile with Microsoft and that you may act on its behalf.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Reviewing and verifying your information can take several days. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;&lt;p&gt;Your answers are saved as you type: you can close the wizard at any time and continue later from the same step.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox or live</source>
        <translation>Sandbox or live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearse the enrollment with the built-in Partner Center. Nothing is sent to Microsoft.</source>
        <translation>Rehearse the enrollment with the built-in Partner Center. Nothing is sent to Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enroll with Microsoft Partner Center: you sign in with Microsoft, and submit on Microsoft&apos;s pages, guided from here.</source>
        <translation>Enroll with Microsoft Partner Center: you sign in with Microsoft, and submit on Microsoft&apos;s pages, guided from here.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Live mode signs in with your organization&apos;s own app registration in Microsoft Entra ID. Register it as the README&apos;s &quot;Live mode&quot; section explains (a public client with the redirect http://localhost), then enter its application (client) ID here, or set WIZARD_LIVE_CLIENT_ID.</source>
        <translation>Live mode signs in with your organization&apos;s own app registration in Microsoft Entra ID. Register it as the README&apos;s &quot;Live mode&quot; section explains (a public client with the redirect http://localhost), then enter its application (client) ID here, or set WIZARD_LIVE_CLIENT_ID.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the client &amp;ID</source>
        <translation>Save the client &amp;ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application (&amp;client) ID:</source>
        <translation>Application (&amp;client) ID:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You choose this once, for this case. The demo and rehearsals use the sandbox.</source>
        <translation>You choose this once, for this case. The demo and rehearsals use the sandbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is live: it enrolls with Microsoft Partner Center.</source>
        <translation>This case is live: it enrolls with Microsoft Partner Center.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is a sandbox rehearsal: nothing is sent to Microsoft.</source>
        <translation>This case is a sandbox rehearsal: nothing is sent to Microsoft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the application (client) ID of your app registration.</source>
        <translation>Enter the application (client) ID of your app registration.</translation>
    </message>
</context>
</TS>
