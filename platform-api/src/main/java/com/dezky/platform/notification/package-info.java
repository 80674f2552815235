/**
 * Operators' notifications: what others did that an operator should know (failures, new,
 * suspended and deleted tenants, invites and deactivations, flag changes, incidents), read from
 * the audit trail, and how far each operator has read them, kept here and only ever moved forward.
 */
@ApplicationModule(allowedDependencies = {"audit", "security", "web"})
package com.dezky.platform.notification;

import org.springframework.modulith.ApplicationModule;
