package com.dezky.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;

/** How documents are mapped where Boot's defaults do not fit. */
@Configuration(proxyBeanMethods = false)
class MongoMappingConfig {

    /**
     * Map keys may contain dots (a tenant's mail ids are keyed by domain name), which MongoDB
     * reads as paths; they are stored with a full-width dot instead and restored on reading.
     */
    @Bean
    static BeanPostProcessor mapKeyDotReplacement() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof MappingMongoConverter converter) {
                    converter.setMapKeyDotReplacement("\uFF0E");
                }
                return bean;
            }
        };
    }
}
