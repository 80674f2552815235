/**
 * The MongoDB store as every module uses it: writes in transactions (real ones on a replica set,
 * retried when MongoDB reports a transient conflict), how documents are converted, the database's
 * health, and the upkeep of the event publication registry.
 */
package com.dezky.platform.store;
