package com.dezky.model.flag;

import java.util.List;

/**
 * Exactly which tenants a proposed rule turns on and off compared with the current one,
 * computed over every tenant that is not deleted. The lists are paged and sorted by slug.
 */
public record ImpactView(long tenants, long onNow, long onProposed, Side turnOn, Side turnOff, int page, int size) {

    public record Side(long count, List<String> tenantSlugs) {
    }
}
