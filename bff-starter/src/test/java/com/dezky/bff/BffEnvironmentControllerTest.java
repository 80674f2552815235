package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BffEnvironmentControllerTest {

    private static BffProperties properties(BffProperties.Environment environment) {
        return new BffProperties("dezky", List.of(URI.create("http://127.0.0.1:8083")),
                URI.create("https://operator.dezky.example"), "__Host-dezky-test", Duration.ofMinutes(30),
                Duration.ofHours(12), List.of("/me"), false, environment, List.of(BffProperties.OtherEnvironment
                        .parse(" staging | staging | https://operator.staging.dezky.example ")));
    }

    @Test
    void namesTheConfiguredDeploymentAtItsPublicAddressAndTheOthersFromOneLine() {
        var body = new BffEnvironmentController(properties(new BffProperties.Environment("production",
                EnvironmentKind.PROD))).environment().getBody();

        assertThat(body.current()).isEqualTo(new BffEnvironmentController.EnvironmentView("production",
                EnvironmentKind.PROD, URI.create("https://operator.dezky.example")));
        assertThat(body.others()).containsExactly(new BffEnvironmentController.EnvironmentView("staging",
                EnvironmentKind.STAGING, URI.create("https://operator.staging.dezky.example")));
    }

    @Test
    void bindsAnEmptyKindAsNotConfigured() {
        var bound = new Binder(new MapConfigurationPropertySource(Map.of("dezky.bff.environment.name", "production",
                "dezky.bff.environment.kind", ""))).bind("dezky.bff.environment", BffProperties.Environment.class).get();

        assertThat(bound).isEqualTo(new BffProperties.Environment("production", null));
    }

    @Test
    void saysNothingOfTheCurrentDeploymentWhoseKindIsNotConfigured() {
        var body = new BffEnvironmentController(properties(new BffProperties.Environment("production", null)))
                .environment().getBody();

        assertThat(body.current()).as("the SPA goes by its host name").isNull();
    }
}
