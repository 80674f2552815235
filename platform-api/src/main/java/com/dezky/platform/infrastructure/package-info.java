/** The platform's real state for operators: each service's readiness, the database, the upstreams. */
package com.dezky.platform.infrastructure;
