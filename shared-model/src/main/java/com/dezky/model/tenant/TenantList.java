package com.dezky.model.tenant;

import com.dezky.model.PageView;
import java.util.Map;

/**
 * {@code GET /tenants}: one page, plus how many tenants each status chip would show with the
 * same search and filters (the status filter itself left out).
 */
public record TenantList(PageView<TenantView> page, Map<String, Long> statusCounts) {
}
