package com.dezky.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code dezky.http.*}: limits every Dezky service holds requests to.
 *
 * @param maxRequestBody the largest request body accepted; larger ones answer 413
 */
@ConfigurationProperties("dezky.http")
public record HttpLimits(@DefaultValue("256KB") DataSize maxRequestBody) {
}
