/**
 * The append-only, hash-chained audit trail (SECURITY.md D2). Features do not write to it: they
 * publish domain events that are {@link com.dezky.platform.audit.AuditedEvent}s, and this module
 * appends exactly one entry per event, after the change is committed and again on resubmission
 * if that did not complete (the entry is keyed by the event's id).
 */
@ApplicationModule(allowedDependencies = {"security", "web", "store"})
package com.dezky.platform.audit;

import org.springframework.modulith.ApplicationModule;
