"""Prints an access token for a username from the local dev identity provider (authorization code
flow with its login form, as devstack's demo-data client does): a real token of that issuer."""
import http.client
import json
import sys
import urllib.parse

issuer, username = sys.argv[1], sys.argv[2]
client, redirect = "dezky-demo-data", "http://localhost/demo-data/callback"
base = urllib.parse.urlsplit(issuer)


def post(path, form):
    connection = http.client.HTTPConnection(base.netloc, timeout=10)
    connection.request("POST", path, body=urllib.parse.urlencode(form),
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    response = connection.getresponse()
    return response, response.read()


query = urllib.parse.urlencode({"client_id": client, "response_type": "code", "scope": "openid",
                                "redirect_uri": redirect, "state": "bench", "nonce": "bench"})
response, _ = post(f"{base.path}/authorize?{query}", {"username": username})
code = urllib.parse.parse_qs(urllib.parse.urlsplit(response.getheader("Location")).query)["code"][0]
response, body = post(f"{base.path}/token", {"grant_type": "authorization_code", "code": code,
                                              "redirect_uri": redirect, "client_id": client, "client_secret": "local"})
print(json.loads(body)["access_token"])
