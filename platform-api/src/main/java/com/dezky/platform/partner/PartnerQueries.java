package com.dezky.platform.partner;

import com.dezky.model.PageView;
import com.dezky.model.partner.PartnerStatus;

/** What the derived queries of {@link Partners} cannot say. */
interface PartnerQueries {

    /** Partners whose slug or name starts with {@code search} (any, if null), in {@code status} (any, if null), by name. */
    PageView<Partner> search(String search, PartnerStatus status, int page, int size);
}
