package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * deploy/authentik/dezky.yaml against the real authentik API schema (the unmodified copy beside it,
 * see deploy/authentik/README.md): every model exists, every attribute is a field
 * of that model's request, required fields are set; the providers, applications, group and
 * binding are what the BFFs and platform-api expect.
 */
class AuthentikBlueprintIT {

    static final Path ROOT = Path.of(System.getProperty("dezky.root", "..")).toAbsolutePath().normalize();
    static final Map<String, String> REQUEST_SCHEMAS = Map.ofEntries(
            Map.entry("authentik_core.group", "GroupRequest"),
            Map.entry("authentik_core.user", "UserRequest"),
            Map.entry("authentik_core.token", "TokenRequest"),
            Map.entry("authentik_core.application", "ApplicationRequest"),
            Map.entry("authentik_providers_oauth2.oauth2provider", "OAuth2ProviderRequest"),
            Map.entry("authentik_providers_oauth2.scopemapping", "ScopeMappingRequest"),
            Map.entry("authentik_policies.policybinding", "PolicyBindingRequest"),
            Map.entry("authentik_flows.flow", "FlowRequest"),
            Map.entry("authentik_flows.flowstagebinding", "FlowStageBindingRequest"),
            Map.entry("authentik_stages_identification.identificationstage", "IdentificationStageRequest"),
            Map.entry("authentik_stages_password.passwordstage", "PasswordStageRequest"),
            Map.entry("authentik_stages_authenticator_validate.authenticatorvalidatestage",
                    "AuthenticatorValidateStageRequest"),
            Map.entry("authentik_stages_authenticator_totp.authenticatortotpstage", "AuthenticatorTOTPStageRequest"),
            Map.entry("authentik_stages_authenticator_webauthn.authenticatorwebauthnstage",
                    "AuthenticatorWebAuthnStageRequest"),
            Map.entry("authentik_stages_user_login.userloginstage", "UserLoginStageRequest"));

    static Map<String, Object> schemas;
    static Set<String> models;
    static List<Map<String, Object>> entries;

    /** A blueprint tag such as {@code !KeyOf operator-app}, kept as tag and argument. */
    record Tagged(String tag, Object value) {
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Path schemaFile = ROOT.resolve("deploy/authentik/authentik-schema-2026.2.2.yml");
        LoaderOptions large = new LoaderOptions();
        large.setCodePointLimit(10 * 1024 * 1024);
        Map<String, Object> schema = new Yaml(large).load(Files.readString(schemaFile));
        schemas = (Map<String, Object>) ((Map<String, Object>) schema.get("components")).get("schemas");
        models = new HashSet<>((List<String>) ((Map<String, Object>) schemas.get("ModelEnum")).get("enum"));
        Map<String, Object> blueprint = new Yaml(new BlueprintTags()).load(
                Files.readString(ROOT.resolve("deploy/authentik/dezky.yaml")));
        assertThat(blueprint.get("version")).isEqualTo(1);
        entries = (List<Map<String, Object>>) blueprint.get("entries");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEntryIsAModelOfTheSchemaWithOnlyItsFieldsAndTheRequiredOnes() {
        for (Map<String, Object> entry : entries) {
            String model = (String) entry.get("model");
            assertThat(models).as("model %s", model).contains(model);
            Map<String, Object> request = (Map<String, Object>) schemas.get(REQUEST_SCHEMAS.get(model));
            assertThat(request).as("request schema of %s", model).isNotNull();
            Set<String> fields = ((Map<String, Object>) request.get("properties")).keySet();
            Map<String, Object> attrs = (Map<String, Object>) entry.get("attrs");
            assertThat(fields).as("fields of %s", model).containsAll(attrs.keySet());
            Set<String> given = new HashSet<>(attrs.keySet());
            given.addAll(((Map<String, Object>) entry.get("identifiers")).keySet());
            assertThat(given).as("required fields of %s", model).containsAll((List<String>) request.get("required"));
        }
    }

    @Test
    void declaresBothConfidentialProvidersWithStrictRedirectToTheBffCallback() {
        for (String client : List.of("dezky-operator", "dezky-portal")) {
            Map<String, Object> provider = attrs("authentik_providers_oauth2.oauth2provider", client);
            assertThat(provider).containsEntry("client_type", "confidential").containsEntry("client_id", client);
            String host = client.equals("dezky-operator") ? "operator" : "app";
            assertThat(provider.get("redirect_uris").toString()).contains("matching_mode=strict")
                    .contains("https://" + host + ".%s/login/oauth2/code/dezky");
            assertThat(provider.get("property_mappings").toString())
                    .contains("scope-openid").contains("scope-email").contains("scope-profile").contains("scope-groups");
        }
        assertThat(read("operator-bff/src/main/resources/application.yml"))
                .as("the BFF's redirect URI is the one registered").contains("/login/oauth2/code/dezky");
    }

    /** Issue 15, item 12: the operator provider's sign-in ends with a second factor, enrolled when missing. */
    @Test
    void operatorsSignInWithASecondFactorEnrolledAtFirstSignIn() {
        Map<String, Object> provider = attrs("authentik_providers_oauth2.oauth2provider", "dezky-operator");
        assertThat(provider.get("authentication_flow")).isEqualTo(new Tagged("!KeyOf", "operator-authentication"));
        Map<String, Object> secondFactor = attrs("authentik_stages_authenticator_validate.authenticatorvalidatestage",
                "dezky-operator-second-factor");
        assertThat(secondFactor).containsEntry("not_configured_action", "configure");
        assertThat(secondFactor.get("device_classes").toString()).contains("totp").contains("webauthn");
        List<Object> stages = entries.stream()
                .filter(entry -> entry.get("model").equals("authentik_flows.flowstagebinding"))
                .map(entry -> ((Map<?, ?>) entry.get("identifiers")).get("stage")).map(Object.class::cast).toList();
        assertThat(stages).contains(new Tagged("!KeyOf", "operator-second-factor"));
        assertThat(read("operator-bff/src/main/resources/application.yml"))
                .contains("require-second-factor: ${DEZKY_OPERATOR_REQUIRE_MFA:true}");
    }

    /** SECURITY.md O5: authentik calls each BFF's back-channel logout. */
    @Test
    void registersTheBffsBackChannelLogout() {
        for (String client : List.of("dezky-operator", "dezky-portal")) {
            Map<String, Object> provider = attrs("authentik_providers_oauth2.oauth2provider", client);
            assertThat(provider).containsEntry("logout_method", "backchannel");
            assertThat(provider.get("logout_uri").toString()).contains("/bff/backchannel-logout");
        }
    }

    @Test
    void limitsTheOperatorApplicationToPlatformAdmins() {
        Map<String, Object> binding = attrs("authentik_policies.policybinding", null);
        assertThat(binding.get("target")).isEqualTo(new Tagged("!KeyOf", "operator-app"));
        assertThat(binding.get("group")).isEqualTo(new Tagged("!KeyOf", "platform-admins"));
        assertThat(attrs("authentik_core.group", "dezky-platform-admins")).containsEntry("name", "dezky-platform-admins");
    }

    @Test
    void givesPlatformApiAServiceAccountWithAnApiToken() {
        assertThat(attrs("authentik_core.user", "dezky-platform-api")).containsEntry("type", "service_account");
        assertThat(attrs("authentik_core.token", "dezky-platform-api")).containsEntry("intent", "api")
                .containsEntry("user", new Tagged("!KeyOf", "platform-api-account"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attrs(String model, String name) {
        return entries.stream().filter(entry -> entry.get("model").equals(model))
                .map(entry -> (Map<String, Object>) entry.get("attrs"))
                .filter(attrs -> name == null || name.equals(attrs.get("name")) || name.equals(attrs.get("username"))
                        || name.equals(attrs.get("identifier")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + model + " " + name));
    }

    private static String read(String path) {
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads authentik's blueprint tags (!KeyOf, !Find, !Env, !Format) as {@link Tagged} values. */
    static final class BlueprintTags extends Constructor {

        BlueprintTags() {
            super(new LoaderOptions());
            for (String tag : List.of("!KeyOf", "!Find", "!Env", "!Format", "!Context")) {
                yamlConstructors.put(new Tag(tag), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value = node instanceof SequenceNode sequence ? constructSequence(sequence)
                                : constructScalar((ScalarNode) node);
                        return new Tagged(tag, value);
                    }
                });
            }
        }
    }
}
