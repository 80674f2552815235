package com.dezky.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents for every error a servlet service answers, at every layer: the shared
 * writer, bodies over the limit, query strings that are not text, the error page ({@link ProblemErrorController}, instead of Boot's), requests the Spring
 * Security firewall rejects, and Tomcat's own error report ({@link ProblemErrorReportValve}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimits.class)
public class WebSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServletProblems servletProblems(JsonMapper json) {
        return new ServletProblems(json);
    }

    /** First of all filters: nothing downstream ever reads a body over the limit. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(HttpLimits limits, ServletProblems problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limits.maxRequestBody().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Then: nothing downstream ever reads a parameter that is not text. */
    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ServletProblems problems) {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(
                new QueryStringFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestRejectedHandler.class)
    static class Firewall {

        /** A path the firewall refuses (encoded slashes, {@code ;}, {@code ..}, NUL) is a 400 problem. */
        @Bean
        RequestRejectedHandler problemRequestRejectedHandler(ServletProblems problems) {
            return (request, response, rejected) -> {
                if (!response.isCommitted()) {
                    problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                            "The request path or a header is not allowed (encoded slashes or dots, parameters, "
                                    + "control characters).");
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrors {

        /**
         * Replaces every error report valve of the host (Tomcat's and the one Boot adds) by the
         * problem one. Ordered last, so that it runs after Boot's own customizer has added its valve.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return new ProblemErrorReports();
        }
    }

    static final class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
