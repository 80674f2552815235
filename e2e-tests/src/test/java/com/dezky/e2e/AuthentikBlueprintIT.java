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
    static final Map<String, String> REQUEST_SCHEMAS = Map.of(
            "authentik_core.group", "GroupRequest",
            "authentik_core.user", "UserRequest",
            "authentik_core.token", "TokenRequest",
            "authentik_core.application", "ApplicationRequest",
            "authentik_providers_oauth2.oauth2provider", "OAuth2ProviderRequest",
            "authentik_providers_oauth2.scopemapping", "ScopeMappingRequest",
            "authentik_policies.policybinding", "PolicyBindingRequest");

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
