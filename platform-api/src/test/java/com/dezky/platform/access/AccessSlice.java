package com.dezky.platform.access;

import com.dezky.platform.security.TrustedIssuers;
import com.dezky.web.ServletProblems;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security configuration of platform-api for web slice tests of any module: the filter
 * chain, the access policy, the trusted issuers and the problem writer (the policy's membership
 * lookups are the test's to mock).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ApiSecurityConfig.class, AccessPolicy.class, TrustedIssuers.class, ServletProblems.class})
public class AccessSlice {
}
