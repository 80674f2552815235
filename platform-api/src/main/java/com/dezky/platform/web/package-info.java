/**
 * What the HTTP layer of every feature shares: problem documents (RFC 9457) with stable types,
 * strong ETags, typed JSON merge patches and before/after diffs. Internally: the one exception
 * handler, the request size limit and the access log.
 */
package com.dezky.platform.web;
