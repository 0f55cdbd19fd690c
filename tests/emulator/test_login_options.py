"""GET /tenant/loginOptions: answered without credentials, as login pages ask before a login."""

from __future__ import annotations

import httpx


async def test_login_options_answer_without_credentials(client: httpx.AsyncClient) -> None:
    response = await client.get("/tenant/loginOptions", auth=httpx.BasicAuth("", ""))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.loginoptioncollection+json"
    )
    options = response.json()["loginOptions"]
    assert {o["type"] for o in options} == {"OAUTH2_INTERNAL", "BASIC"}
    oauth = next(o for o in options if o["type"] == "OAUTH2_INTERNAL")
    assert oauth["grantType"] == "PASSWORD"
    assert oauth["initRequest"].endswith("/tenant/oauth?tenant_id=t12345")
    mine = await client.get("/tenant/loginOptions", params={"tenantId": "t12345"})
    assert mine.status_code == 200
    for params in ({"tenantId": "t999"}, {"management": "perhaps"}):
        refused = await client.get("/tenant/loginOptions", params=params)
        assert refused.status_code == 400
        assert refused.json()["error"] == "tenant/Bad Request"
