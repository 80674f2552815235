package com.dezky.platform.partner;

import com.dezky.model.PageView;
import com.dezky.model.partner.PartnerStatus;
import com.dezky.model.search.SearchTerms;
import com.dezky.platform.store.Searchable;
import java.util.List;
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
        List<String> words = SearchTerms.query(search);
        if (!words.isEmpty()) {
            criteria.and(Searchable.FIELD).all(words);
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
