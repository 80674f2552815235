package com.dezky.bff;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;

/** Binds {@code dezky.bff.other-environments} written as one line ({@code name|kind|url,…}). */
@ConfigurationPropertiesBinding
class OtherEnvironmentText implements Converter<String, BffProperties.OtherEnvironment> {

    @Override
    public BffProperties.OtherEnvironment convert(String text) {
        return BffProperties.OtherEnvironment.parse(text);
    }
}
