package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantView;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the tenant module needs to know of partners, implemented by the partner module (which in
 * turn uses tenants), so that the two do not depend on each other in a circle.
 */
public interface PartnerDirectory {

    /** The id of the partner with this slug, if there is one. */
    Optional<String> idOf(String slug);

    /** Slug, name and status of each partner id given. */
    Map<String, TenantView.PartnerRef> refsOf(Collection<String> partnerIds);
}
