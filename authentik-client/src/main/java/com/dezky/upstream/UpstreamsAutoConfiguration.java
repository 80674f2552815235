package com.dezky.upstream;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds and validates the upstream settings for any service that provisions tenants. */
@AutoConfiguration
@EnableConfigurationProperties(UpstreamsProperties.class)
public class UpstreamsAutoConfiguration {
}
