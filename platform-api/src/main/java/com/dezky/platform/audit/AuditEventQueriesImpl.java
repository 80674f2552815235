package com.dezky.platform.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.PageView;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class AuditEventQueriesImpl implements AuditEventQueries {

    private static final String HEAD_COLLECTION = "platform_audit_head";

    private final MongoTemplate mongo;

    AuditEventQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code action} ending in "." is a prefix ({@code tenant.} = every tenant action); {@code actor} is an email or subject. */
    @Override
    public PageView<AuditEvent> search(Filter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.actor() != null) {
            criteria.orOperator(where("actor.email").is(filter.actor()), where("actor.subject").is(filter.actor()));
        }
        if (filter.action() != null) {
            String quoted = Pattern.quote(filter.action());
            criteria.and("action").regex(filter.action().endsWith(".") ? "^" + quoted : "^" + quoted + "$");
        }
        if (filter.targetType() != null) {
            criteria.and("target.type").is(filter.targetType());
        }
        if (filter.target() != null) {
            criteria.and("target.slug").is(filter.target());
        }
        if (filter.tenant() != null) {
            criteria.and("tenant").is(filter.tenant());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        Query filtered = new Query(criteria);
        long total = mongo.count(filtered, AuditEvent.class);
        Query pageQuery = Query.of(filtered).with(Sort.by(Sort.Direction.DESC, "seq")).skip((long) page * size)
                .limit(size);
        return new PageView<>(mongo.find(pageQuery, AuditEvent.class), page, size, total);
    }

    @Override
    public List<AuditEvent> recent(Collection<String> actions, Instant since, String notByEmail, int limit) {
        Query recent = new Query(feed(actions, since, notByEmail)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(limit);
        return mongo.find(recent, AuditEvent.class);
    }

    @Override
    public long countAfter(Collection<String> actions, Instant after, String notByEmail) {
        Criteria criteria = where("action").in(actions).and("at").gt(after);
        return mongo.count(new Query(notByEmail == null ? criteria : criteria.and("actor.email").ne(notByEmail)),
                AuditEvent.class);
    }

    private static Criteria feed(Collection<String> actions, Instant since, String notByEmail) {
        Criteria criteria = where("action").in(actions).and("at").gte(since);
        return notByEmail == null ? criteria : criteria.and("actor.email").ne(notByEmail);
    }

    /**
     * Only ever forward: the update applies where the head is older, and when there is none the
     * upsert creates it. A newer head makes the upsert collide on its id, which is ignored.
     */
    @Override
    public void advanceHead(long seq, String hash) {
        Query older = query(where("_id").is("head")).addCriteria(where("seq").lt(seq));
        Update update = new Update().set("seq", seq).set("hash", hash);
        try {
            mongo.findAndModify(older, update, FindAndModifyOptions.options().upsert(true), Document.class,
                    HEAD_COLLECTION);
        } catch (DuplicateKeyException newerHeadExists) {
            // A later event already moved the head past this one.
        }
    }

    @Override
    public long headSeq() {
        Document head = mongo.findById("head", Document.class, HEAD_COLLECTION);
        return head == null ? 0 : head.get("seq", Number.class).longValue();
    }
}
