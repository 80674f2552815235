package com.dezky.model.incident;

import com.dezky.model.PageView;
import java.util.Map;

/** {@code GET /incidents}: a page, newest first, and how many incidents are in each state. */
public record IncidentList(PageView<IncidentView> page, Map<String, Long> statusCounts) {
}
