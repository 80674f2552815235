package com.dezky.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a username in at the dev identity provider the way a browser does, with the
 * authorization code flow and its login form, and answers the access token. No shortcut: the
 * token is exactly what the provider gives that username.
 */
final class DevSignIn {

    private static final String CLIENT = "dezky-demo-data";
    private static final String REDIRECT = "http://localhost/demo-data/callback";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI issuer;

    DevSignIn(URI issuer) {
        this.issuer = issuer;
    }

    String accessToken(String username) throws IOException, InterruptedException {
        String state = UUID.randomUUID().toString();
        URI authorize = URI.create(issuer + "/authorize?client_id=" + CLIENT + "&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(REDIRECT) + "&state=" + state + "&nonce=" + UUID.randomUUID());
        HttpResponse<String> login = http.send(form(authorize, "username=" + encode(username)),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("The dev identity provider did not sign " + username + " in: HTTP "
                        + login.statusCode() + " " + login.body()));
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> tokens = http.send(form(URI.create(issuer + "/token"), "grant_type=authorization_code&code="
                + code + "&redirect_uri=" + encode(REDIRECT) + "&client_id=" + CLIENT + "&client_secret=local"),
                HttpResponse.BodyHandlers.ofString());
        if (tokens.statusCode() != 200) {
            throw new IOException("The dev identity provider gave no token: HTTP " + tokens.statusCode() + " " + tokens.body());
        }
        return json.readTree(tokens.body()).get("access_token").asString();
    }

    private static HttpRequest form(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
