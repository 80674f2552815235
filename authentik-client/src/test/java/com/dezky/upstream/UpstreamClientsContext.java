package com.dezky.upstream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three clients as an application gets them: Spring Cloud OpenFeign and this module's auto-configuration. */
final class UpstreamClientsContext {

    private UpstreamClientsContext() {
    }

    /** A context with only the clients, configured by these {@code --dezky.upstreams...} arguments. */
    static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(ClientsOnly.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({FeignAutoConfiguration.class, UpstreamsAutoConfiguration.class})
    static class ClientsOnly {

        @Bean
        SimpleMeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }
}
