"""The fake itself, with MSAL and requests as they are: what the live mode's tests stand on."""

from __future__ import annotations

import msal
import requests

from tests.live.fake_microsoft import PARTNER_CENTER_SCOPE


def test_msal_signs_in_by_device_code_and_gets_one_token_per_resource(fake) -> None:
    fake.state.device_interval = 0
    app = msal.PublicClientApplication(fake.state.client_id, authority=fake.authority, instance_discovery=False)
    flow = app.initiate_device_flow(scopes=["User.Read", "Organization.Read.All"])
    assert "user_code" in flow
    result = app.acquire_token_by_device_flow(flow)
    assert "access_token" in result, result
    graph = result["access_token"]
    [account] = app.get_accounts()
    assert account["username"] == "admin@contoso.es"
    pc = app.acquire_token_silent([PARTNER_CENTER_SCOPE], account=account)["access_token"]
    assert pc != graph
    assert requests.get(f"{fake.graph_url}/me", headers={"Authorization": f"Bearer {graph}"}).status_code == 200
    assert requests.get(f"{fake.partner_center_url}/profiles/mpn",
                        headers={"Authorization": f"Bearer {graph}"}).status_code == 401
    assert requests.get(f"{fake.partner_center_url}/profiles/mpn",
                        headers={"Authorization": f"Bearer {pc}"}).json()["mpnId"] == "6123456"
    assert [r["grant_type"] for r in fake.state.token_requests] == [
        "urn:ietf:params:oauth:grant-type:device_code"] * 2 + ["refresh_token"]


def test_two_resources_in_one_request_are_refused(fake) -> None:
    app = msal.PublicClientApplication(fake.state.client_id, authority=fake.authority, instance_discovery=False)
    flow = app.initiate_device_flow(scopes=["User.Read", PARTNER_CENTER_SCOPE])
    assert flow.get("error") == "invalid_request" and 28000 in flow["error_codes"]
