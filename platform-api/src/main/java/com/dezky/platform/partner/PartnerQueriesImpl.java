package com.dezky.platform.partner;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.dezky.model.PageView;
import com.dezky.model.partner.PartnerStatus;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class PartnerQueriesImpl implements PartnerQueries {

    private final MongoTemplate mongo;

    PartnerQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PageView<Partner> search(String search, PartnerStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (search != null && !search.isBlank()) {
            String prefix = "^" + Pattern.quote(search.strip().toLowerCase(Locale.ROOT));
            criteria.orOperator(where("slug").regex(prefix), where("nameKey").regex(prefix));
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query filtered = new Query(criteria);
        long total = mongo.count(filtered, Partner.class);
        return new PageView<>(mongo.find(Query.of(filtered).with(Sort.by("nameKey", "slug"))
                .skip((long) page * size).limit(size), Partner.class), page, size, total);
    }
}
