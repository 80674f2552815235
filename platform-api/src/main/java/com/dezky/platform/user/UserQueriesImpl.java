package com.dezky.platform.user;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.PageView;
import com.dezky.model.search.SearchTerms;
import com.dezky.platform.membership.Identity;
import com.dezky.platform.store.Searchable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class UserQueriesImpl implements UserQueries {

    private static final Sort RECENTLY_SEEN = Sort.by(Sort.Order.desc("lastLoginAt"), Sort.Order.asc("email"));

    private final MongoTemplate mongo;

    UserQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PageView<UserAccount> list(View view, Instant inactiveBefore, String search, int page, int size) {
        Criteria criteria = new Criteria();
        switch (view) {
            case ADMINS -> criteria.and("platformAdmin").is(true);
            case INACTIVE -> criteria.orOperator(where("lastLoginAt").lt(inactiveBefore), where("lastLoginAt").exists(false));
            case ALL -> { }
        }
        List<String> words = SearchTerms.query(search);
        if (!words.isEmpty()) {
            criteria.and(Searchable.FIELD).all(words);
        }
        return page(new Query(criteria), page, size);
    }

    @Override
    public PageView<UserAccount> members(List<String> tenantGroups, List<Identity> explicit, int page, int size) {
        return page(new Query(membersOf(tenantGroups, explicit)), page, size);
    }

    @Override
    public long countActiveMembers(List<String> tenantGroups, List<Identity> explicit) {
        return mongo.count(new Query(membersOf(tenantGroups, explicit)).addCriteria(where("deactivatedAt").is(null)),
                UserAccount.class);
    }

    @Override
    public List<UserAccount> withEmailInGroups(List<String> groups) {
        return mongo.find(query(where("email").ne(null).and("groups").in(groups)), UserAccount.class);
    }

    /** Two first requests of a new user may race on the unique (issuer, subject) index; the loser updates the winner's. */
    @Override
    public UserAccount upsertSignIn(Identity identity, String email, String name, List<String> groups,
            boolean platformAdmin, Instant now) {
        Query byIdentity = query(where("issuer").is(identity.issuer()).and("subject").is(identity.subject()));
        Update refresh = new Update().set("email", email).set("name", name).set("groups", groups)
                .set(Searchable.FIELD, SearchTerms.of(email, name))
                .set("platformAdmin", platformAdmin).set("lastLoginAt", now).setOnInsert("createdAt", now)
                .inc("version", 1);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        } catch (DuplicateKeyException raceLost) {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        }
    }

    @Override
    public UserAccount update(String id, List<String> groups, Instant deactivatedAt) {
        Update update = new Update().inc("version", 1);
        if (groups != null) {
            update.set("groups", groups);
        }
        if (deactivatedAt != null) {
            update.set("deactivatedAt", deactivatedAt);
        }
        return mongo.findAndModify(query(where("_id").is(id)), update, FindAndModifyOptions.options().returnNew(true),
                UserAccount.class);
    }

    private PageView<UserAccount> page(Query filtered, int page, int size) {
        long total = mongo.count(filtered, UserAccount.class);
        List<UserAccount> accounts = mongo.find(Query.of(filtered).with(RECENTLY_SEEN).skip((long) page * size)
                .limit(size), UserAccount.class);
        return new PageView<>(accounts, page, size, total);
    }

    private static Criteria membersOf(List<String> tenantGroups, List<Identity> explicit) {
        Criteria byGroup = where("groups").in(tenantGroups);
        if (explicit.isEmpty()) {
            return byGroup;
        }
        Stream<Criteria> byIdentity = explicit.stream()
                .map(m -> where("issuer").is(m.issuer()).and("subject").is(m.subject()));
        return new Criteria().orOperator(Stream.concat(Stream.of(byGroup), byIdentity).toArray(Criteria[]::new));
    }
}
