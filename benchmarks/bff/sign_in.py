"""Signs a username in at the local stack's operator portal the way a browser does (authorization
code flow through the gateway and the dev identity provider) and prints the session cookie, name=value.
The cookie is __Host- and Secure, which command-line clients will not keep over plain HTTP, hence this."""
import http.client
import sys
import urllib.parse

gateway, host, username = sys.argv[1], sys.argv[2], sys.argv[3]
cookies = {}


def request(url, method="GET", body=None, via_gateway=True):
    parts = urllib.parse.urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    if via_gateway:
        connection = http.client.HTTPConnection(gateway, timeout=10)
        headers = {"Host": host}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    else:
        connection = http.client.HTTPConnection(parts.netloc, timeout=10)
        headers = {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, target, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    if via_gateway:
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                cookies[key] = val
    return response.status, response.getheader("Location")


status, location = request(f"http://{host}/")
status, authorize = request(location)
status, callback = request(authorize, "POST", urllib.parse.urlencode({"username": username}), via_gateway=False)
status, _ = request(callback)
name = next(k for k in cookies if k.startswith("__Host-"))
print(f"{name}={cookies[name]}")
