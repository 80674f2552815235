package com.dezky.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the API's public address ({@code dezky.api.public-url}) as its one
 * server, never the address a request happened to arrive at (through a BFF relay that is
 * platform-api's internal one); where no public address is configured, the relative {@code /}
 * (OpenAPI's own default: wherever the document was fetched from).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfig {

    @Bean
    OpenAPI apiDescription(@Value("${dezky.api.public-url:}") String publicUrl) {
        OpenAPI description = new OpenAPI().info(new Info().title("Dezky platform API").version("v1")
                .description("Tenants, partners, users, flags and the audit trail of the Dezky control plane."));
        // Always one server: with none, springdoc would add the address the request arrived at.
        return description.servers(List.of(new Server().url(publicUrl.isBlank() ? "/" : publicUrl)));
    }
}
