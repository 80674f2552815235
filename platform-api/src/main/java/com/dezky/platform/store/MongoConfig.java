package com.dezky.platform.store;

import com.dezky.model.Wire;
import com.dezky.model.tenant.ProvisioningState;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.transaction.PlatformTransactionManager;

/** How documents are mapped and written where Boot's defaults do not fit. */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

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

    /** Provisioning states are stored as their wire form ("ok"), as they always were. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new StateToWire(), new WireToState()));
    }

    @WritingConverter
    static final class StateToWire implements Converter<ProvisioningState, String> {
        @Override
        public String convert(ProvisioningState state) {
            return state.wire();
        }
    }

    @ReadingConverter
    static final class WireToState implements Converter<String, ProvisioningState> {
        @Override
        public ProvisioningState convert(String wire) {
            return Wire.parse(ProvisioningState.class, wire)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown provisioning state " + wire));
        }
    }

    /**
     * With a replica set ({@code dezky.mongodb.transactions=true}, as in docker-compose and
     * Kubernetes), a change, its domain events' publications and their audit intent are written in
     * one MongoDB transaction. The embedded store of the local stack has no transactions: there the
     * boundaries are kept (so that after-commit reactions run as they do in production), without
     * atomicity across documents; docs/operations.md says what that means.
     */
    @Bean
    PlatformTransactionManager transactionManager(MongoDatabaseFactory database,
            @Value("${dezky.mongodb.transactions:false}") boolean replicaSet) {
        return replicaSet ? new MongoTransactionManager(database) : new BoundariesOnlyTransactionManager();
    }
}
