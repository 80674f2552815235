/**
 * On call: the operators' schedule (a rotation with its handoffs in a time zone, and overrides)
 * and who is on call at any instant. {@link com.dezky.platform.oncall.OnCall} is what other
 * modules use; every change of the schedule publishes an audited
 * {@link com.dezky.platform.oncall.OnCallScheduleChanged}.
 */
@ApplicationModule(allowedDependencies = {"audit", "web", "store"})
package com.dezky.platform.oncall;

import org.springframework.modulith.ApplicationModule;
