/** Revenue of the whole registry: MRR by plan and by partner, and the partners' payouts, computed when asked. */
@ApplicationModule(allowedDependencies = {"tenant", "partner", "plan"})
package com.dezky.platform.billing;

import org.springframework.modulith.ApplicationModule;
