package com.dezky.platform.user;

import com.dezky.model.search.SearchTerms;
import com.dezky.model.user.UserView;
import com.dezky.platform.store.Searchable;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who has signed in through one of the trusted issuers, identified by (issuer, subject).
 * {@code groups} are the identity provider's groups as of the last sign-in. An invited user has
 * a record before their first sign-in (no {@code lastLoginAt}); a deactivated one keeps theirs.
 */
@Document("users")
@CompoundIndex(name = "issuer_subject", def = "{'issuer': 1, 'subject': 1}", unique = true)
@CompoundIndex(name = "admins", def = "{'platformAdmin': 1, 'lastLoginAt': -1}")
public record UserAccount(
        @Id String id,
        String issuer,
        String subject,
        @Indexed String email,
        String name,
        @Indexed List<String> groups,
        boolean platformAdmin,
        Instant createdAt,
        @Indexed Instant lastLoginAt,
        @Version Long version,
        Instant deactivatedAt,
        @Indexed List<String> searchTerms) implements Searchable {

    public UserAccount {
        searchTerms = searchTerms != null ? searchTerms : SearchTerms.of(email, name);
    }

    /** Word prefixes of the e-mail address and the name: what search looks up. */
    @Override
    public List<String> searchTermsOf() {
        return SearchTerms.of(email, name);
    }

    public boolean active() {
        return deactivatedAt == null;
    }

    UserView toView(int tenantCount) {
        return new UserView(id, issuer, subject, email, name, platformAdmin, active(), tenantCount, createdAt,
                lastLoginAt);
    }
}
