package com.dezky.bff;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the SPA built into {@code classpath:/static/} with history-mode fallback: a path that
 * is no file and no server endpoint answers {@code index.html}, so deep links work on reload.
 */
@Configuration(proxyBeanMethods = false)
class SpaConfiguration implements WebMvcConfigurer {

    /** Paths the server owns; a miss there is a real 404, never the SPA. */
    private static final List<String> SERVER_PATHS = List.of("api/", "bff/", "oauth2/", "login/", "actuator/", "error");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new HistoryFallbackResolver());
    }

    static final class HistoryFallbackResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            // The parent resolves real files and refuses anything outside the location.
            Resource file = super.getResource(path, location);
            if (file != null) {
                return file;
            }
            if (isServerPath(path) || looksLikeFile(path)) {
                return null;
            }
            Resource index = location.createRelative("index.html");
            return index.isReadable() ? index : null;
        }

        static boolean isServerPath(String path) {
            return SERVER_PATHS.stream().anyMatch(path::startsWith);
        }

        private static boolean looksLikeFile(String path) {
            return path.substring(path.lastIndexOf('/') + 1).contains(".");
        }
    }
}
