package com.dezky.platform.user;

import com.dezky.model.PageView;
import com.dezky.platform.membership.Identity;
import java.time.Instant;
import java.util.List;

/** What the derived queries of {@link Users} cannot say. */
interface UserQueries {

    /** The lists of {@code GET /users}: everyone, platform admins, or nobody seen since {@code inactiveBefore}. */
    enum View { ALL, ADMINS, INACTIVE }

    /** Most recently seen first; {@code search} finds the users with every word of it starting a word of their email or name. */
    PageView<UserAccount> list(View view, Instant inactiveBefore, String search, int page, int size);

    /** Users in the tenant's groups or among the explicit members, most recently seen first. */
    PageView<UserAccount> members(List<String> tenantGroups, List<Identity> explicit, int page, int size);

    /** How many of those are not deactivated. */
    long countActiveMembers(List<String> tenantGroups, List<Identity> explicit);

    /** Users with an email in any of these groups. */
    List<UserAccount> withEmailInGroups(List<String> groups);

    /** Creates or refreshes the record of (issuer, subject) from a sign-in, atomically. */
    UserAccount upsertSignIn(Identity identity, String email, String name, List<String> groups, boolean platformAdmin,
            Instant now);

    /** Sets deactivatedAt (when asked) and the groups, answering the record as it is now. */
    UserAccount update(String id, List<String> groups, Instant deactivatedAt);
}
