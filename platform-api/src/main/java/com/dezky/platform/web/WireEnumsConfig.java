package com.dezky.platform.web;

import com.dezky.model.Wire;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters name enum constants by their wire form ({@code ?status=active}), like JSON does. */
@Configuration(proxyBeanMethods = false)
class WireEnumsConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new FromWire());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class FromWire implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            if (!Wire.class.isAssignableFrom(type)) {
                return value -> (T) Enum.valueOf(type, value);
            }
            return value -> {
                java.util.Optional<?> constant = Wire.parse((Class) type, value);
                if (constant.isEmpty()) {
                    throw new IllegalArgumentException("must be " + Wire.choices((Class<? extends Wire>) type));
                }
                return (T) constant.get();
            };
        }
    }
}
