"""The live backend: real Microsoft sign-in (MSAL), Microsoft Graph checks and Partner Center reads.

Qt-free, and light to import: msal and requests load only inside the modules that need them, when a live
case is opened (never before the first paint). The parts:

    config.py          LiveConfig: client ID, authority, Graph and Partner Center URLs (env, then Settings)
    errors.py          LiveError(code, message): the codes and their plain messages
    auth.py            LiveAuth: interactive (system browser, loopback), device code, the Windows broker;
                       one token per resource; the token cache (encrypted, or for the session with a notice)
    http.py            LiveHttp: one requests Session; Retry-After, back-off, retries; typed errors
    graph.py           GraphClient: the user, global admin by role template ID, the organization
    partner_center.py  PartnerCenterClient: vetting, Partner ID, indirect providers, customers, invite link
    checks.py          run_checks -> CheckReport: the checks before anything is sent (live-check's contract)
    session.py         LiveSession: all of the above wired for one signed-in user (what the GUI holds)
"""
