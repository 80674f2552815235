package com.dezky.platform.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives every {@link Searchable} document stored without search terms (before they existed) its
 * terms, once, at start. Only that one field is written, so versions and ETags stay as they were;
 * running it on several replicas at once writes the same terms twice.
 */
@Component
class SearchTermsBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchTermsBackfill.class);

    private final MongoTemplate mongo;

    SearchTermsBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> entities =
                mongo.getConverter().getMappingContext();
        for (MongoPersistentEntity<?> entity : entities.getPersistentEntities()) {
            if (Searchable.class.isAssignableFrom(entity.getType())) {
                fill(entity);
            }
        }
    }

    private void fill(MongoPersistentEntity<?> entity) {
        int filled = 0;
        for (Object document : mongo.find(query(where(Searchable.FIELD).exists(false)), entity.getType())) {
            Object id = entity.getIdentifierAccessor(document).getRequiredIdentifier();
            // By collection name, not by type: an update by type would bump the document's version.
            mongo.updateFirst(query(where("_id").is(id)),
                    new Update().set(Searchable.FIELD, ((Searchable) document).searchTermsOf()), entity.getCollection());
            filled++;
        }
        if (filled > 0) {
            log.info("Gave {} {} documents their search terms", filled, entity.getCollection());
        }
    }
}
