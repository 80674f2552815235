package com.dezky.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UpstreamsPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UpstreamsAutoConfiguration.class));

    @Test
    void bindsEachUpstreamWithDefaults() {
        context.withPropertyValues(
                        "dezky.upstreams.authentik.base-url=https://auth.example/api/v3",
                        "dezky.upstreams.authentik.token=secret",
                        "dezky.upstreams.ocis.base-url=https://files.example/graph",
                        "dezky.upstreams.ocis.enabled=false",
                        "dezky.upstreams.ocis.read-timeout=10s")
                .run(ctx -> {
                    UpstreamsProperties properties = ctx.getBean(UpstreamsProperties.class);
                    UpstreamsProperties.Upstream authentik = properties.upstreams().get("authentik");
                    assertThat(authentik.baseUrl()).isEqualTo(URI.create("https://auth.example/api/v3"));
                    assertThat(authentik.enabled()).isTrue();
                    assertThat(authentik.readTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.upstreams().get("ocis").enabled()).isFalse();
                    assertThat(properties.upstreams().get("ocis").readTimeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(authentik.resilience().maxAttempts()).isEqualTo(3);
                    assertThat(authentik.resilience().openFor()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(authentik.resilience()).as("the defaults of an upstream without settings")
                            .isEqualTo(UpstreamsProperties.Resilience.DEFAULTS);
                    assertThat(ctx.getBean(Upstreams.class).enabled("stalwart")).isFalse();
                });
    }

    @Test
    void neverPrintsTheToken() {
        var upstream = new UpstreamsProperties.Upstream(URI.create("https://auth.example"), "secret", null, true, false,
                null, Duration.ofSeconds(1), Duration.ofSeconds(1),
                new UpstreamsProperties.Resilience(3, Duration.ofMillis(200), 50, 10, 5, Duration.ofSeconds(30)));
        assertThat(upstream.toString()).doesNotContain("secret").contains("***");
    }

    @Test
    void sendsTheTokenAsBearerOrAsTheAccountsPasswordWhenAUsernameIsSet() {
        context.withPropertyValues("dezky.upstreams.ocis.base-url=https://files.example",
                        "dezky.upstreams.ocis.token=pass word", "dezky.upstreams.ocis.username=admin",
                        "dezky.upstreams.authentik.base-url=https://auth.example", "dezky.upstreams.authentik.token=t0k",
                        "dezky.upstreams.stalwart.base-url=https://mail.example")
                .run(ctx -> {
                    var upstreams = ctx.getBean(UpstreamsProperties.class).upstreams();
                    assertThat(upstreams.get("ocis").authorization()).contains("Basic YWRtaW46cGFzcyB3b3Jk");
                    assertThat(upstreams.get("authentik").authorization()).contains("Bearer t0k");
                    assertThat(upstreams.get("stalwart").authorization()).isEmpty();
                });
    }

    @Test
    void refusesUpstreamWithoutBaseUrl() {
        context.withPropertyValues("dezky.upstreams.stalwart.enabled=true")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
