package com.dezky.platform.user;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.Groups;
import com.dezky.model.PageView;
import com.dezky.model.user.UserView;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.membership.Membership;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.web.ApiProblem;
import com.dezky.upstream.authentik.AuthentikClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

@Service
public class UserService {

    /** Users without a sign-in for this long are listed as inactive. */
    static final Duration INACTIVE_AFTER = Duration.ofDays(30);

    enum View { ALL, ADMINS, INACTIVE }

    private final MongoTemplate mongo;
    private final AuthentikClient authentik;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(MongoTemplate mongo, AuthentikClient authentik, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.authentik = authentik;
        this.audit = audit;
        this.clock = clock;
    }

    UserView deactivate(String id, Caller caller) {
        UserAccount account = mongo.findById(id, UserAccount.class);
        if (account == null) {
            throw ApiProblem.notFound("User " + id);
        }
        if (isCaller(account, caller)) {
            throw ApiProblem.conflict("You cannot deactivate yourself.");
        }
        if (account.deactivatedAt() != null) {
            return view(account);
        }
        boolean upstream = authentik.enabled() && account.email() != null;
        if (upstream) {
            authentik.findUserByEmail(account.email()).ifPresent(user -> authentik.setActive(user.pk(), false));
        }
        UserAccount deactivated = mongo.findAndModify(query(where("_id").is(id)),
                new Update().set("deactivatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), UserAccount.class);
        audit.record(AuditEntry.of("platform.user_deactivated", new AuditEntry.Target("user", id, account.email()))
                .details(Map.of("email", String.valueOf(account.email()), "inAuthentik", upstream)));
        return view(deactivated);
    }

    /**
     * Creates or refreshes the caller's record from their token, atomically. Two first
     * requests of a new user may race on the unique (issuer, subject) index; the loser then
     * finds the winner's record and updates it.
     */
    public UserAccount recordSignIn(Caller caller) {
        Instant now = clock.instant();
        Query byIdentity = query(where("issuer").is(caller.issuer()).and("subject").is(caller.subject()));
        Update refresh = new Update()
                .set("email", caller.email())
                .set("name", caller.name())
                .set("groups", caller.groups())
                .set("platformAdmin", caller.platformAdmin())
                .set("lastLoginAt", now)
                .setOnInsert("createdAt", now)
                .inc("version", 1);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        } catch (DuplicateKeyException raceLost) {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        }
    }

    UserView removeFromTenant(String tenant, String id, Caller caller) {
        UserAccount account = mongo.findById(id, UserAccount.class);
        if (account == null || !mongo.exists(new Query(membersOf(tenant)).addCriteria(where("_id").is(id)), UserAccount.class)) {
            throw ApiProblem.notFound("Member " + id + " of " + tenant);
        }
        if (isCaller(account, caller)) {
            throw ApiProblem.conflict("You cannot remove yourself from a tenant.");
        }
        List<String> tenantGroups = List.of(Groups.tenantMembers(tenant), Groups.tenantAdmins(tenant));
        List<String> remaining = (account.groups() == null ? List.<String>of() : account.groups()).stream()
                .filter(group -> !tenantGroups.contains(group)).toList();
        boolean inNoTenant = Memberships.tenantsInGroups(remaining).isEmpty() && !mongo.exists(
                query(where("issuer").is(account.issuer()).and("subject").is(account.subject()).and("tenant").ne(tenant)),
                Membership.class);
        boolean upstream = authentik.enabled() && account.email() != null;
        if (upstream) {
            authentik.findUserByEmail(account.email()).ifPresent(user -> {
                for (String group : tenantGroups) {
                    authentik.findGroup(group).ifPresent(found -> authentik.removeUserFromGroup(found.pk(), user.pk()));
                }
                if (inNoTenant) {
                    authentik.setActive(user.pk(), false);
                }
            });
        }
        mongo.remove(query(where("issuer").is(account.issuer()).and("subject").is(account.subject()).and("tenant").is(tenant)),
                Membership.class);
        Update update = new Update().set("groups", remaining).inc("version", 1);
        if (inNoTenant) {
            update.set("deactivatedAt", clock.instant());
        }
        UserAccount updated = mongo.findAndModify(query(where("_id").is(id)), update,
                FindAndModifyOptions.options().returnNew(true), UserAccount.class);
        audit.record(AuditEntry.of("tenant.member_deactivated", new AuditEntry.Target("user", id, account.email()))
                .tenant(tenant).details(Map.of("email", String.valueOf(account.email()), "deactivatedEverywhere", inNoTenant,
                        "inAuthentik", upstream)));
        return view(updated);
    }

    private static boolean isCaller(UserAccount account, Caller caller) {
        return account.issuer().equals(caller.issuer()) && account.subject().equals(caller.subject());
    }

    /** The caller's view with their tenant count. */
    public UserView view(UserAccount account) {
        return views(List.of(account)).getFirst();
    }

    PageView<UserView> list(View view, String search, int page, int size) {
        Criteria criteria = new Criteria();
        switch (view) {
            case ADMINS -> criteria.and("platformAdmin").is(true);
            case INACTIVE -> criteria.orOperator(where("lastLoginAt").lt(clock.instant().minus(INACTIVE_AFTER)),
                    where("lastLoginAt").exists(false));
            case ALL -> { }
        }
        if (search != null && !search.isBlank()) {
            String prefix = "^" + Pattern.quote(search.strip());
            criteria.andOperator(new Criteria().orOperator(where("email").regex(prefix, "i"), where("name").regex(prefix, "i")));
        }
        Query filtered = new Query(criteria);
        long total = mongo.count(filtered, UserAccount.class);
        List<UserAccount> accounts = mongo.find(Query.of(filtered)
                .with(Sort.by(Sort.Order.desc("lastLoginAt"), Sort.Order.asc("email")))
                .skip((long) page * size).limit(size), UserAccount.class);
        return new PageView<>(views(accounts), page, size, total);
    }

    /** Members of a tenant, through its groups or explicit membership, most recently seen first. */
    PageView<UserView> members(String tenant, int page, int size) {
        Query filtered = new Query(membersOf(tenant));
        long total = mongo.count(filtered, UserAccount.class);
        List<UserAccount> accounts = mongo.find(Query.of(filtered)
                .with(Sort.by(Sort.Order.desc("lastLoginAt"), Sort.Order.asc("email")))
                .skip((long) page * size).limit(size), UserAccount.class);
        return new PageView<>(views(accounts), page, size, total);
    }

    /** How many users belong to a tenant (its used seats). */
    public long memberCount(String tenant) {
        return mongo.count(new Query(membersOf(tenant)), UserAccount.class);
    }

    /** Users in the tenant's groups, or with an explicit membership of it. */
    private Criteria membersOf(String tenant) {
        List<Criteria> identities = mongo.find(query(where("tenant").is(tenant)), Membership.class).stream()
                .map(m -> where("issuer").is(m.issuer()).and("subject").is(m.subject())).toList();
        Criteria byGroup = where("groups").in(Groups.tenantMembers(tenant), Groups.tenantAdmins(tenant));
        return identities.isEmpty() ? byGroup
                : new Criteria().orOperator(Stream.concat(Stream.of(byGroup), identities.stream()).toArray(Criteria[]::new));
    }

    private List<UserView> views(List<UserAccount> accounts) {
        Map<String, Set<String>> explicit = new HashMap<>();
        if (!accounts.isEmpty()) {
            Criteria[] identities = accounts.stream()
                    .map(a -> where("issuer").is(a.issuer()).and("subject").is(a.subject())).toArray(Criteria[]::new);
            mongo.find(new Query(new Criteria().orOperator(identities)), Membership.class).forEach(m ->
                    explicit.computeIfAbsent(m.issuer() + " " + m.subject(), k -> new TreeSet<>()).add(m.tenant()));
        }
        return accounts.stream().map(account -> {
            Set<String> tenants = new TreeSet<>(Memberships.tenantsInGroups(
                    account.groups() == null ? List.of() : account.groups()));
            tenants.addAll(explicit.getOrDefault(account.issuer() + " " + account.subject(), Set.of()));
            return account.toView(tenants.size());
        }).toList();
    }
}
