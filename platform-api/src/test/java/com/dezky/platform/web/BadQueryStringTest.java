package com.dezky.platform.web;

import com.dezky.platform.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Found by the acceptance suite (issue 15, item 6): these answered 500; a NUL reached BSON. */
class BadQueryStringTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tenants?q=%00", "/audit?action=%00", "/tenants?plan=%ff", "/tenants?status=%ff",
            "/tenants?sort=%ff", "/partners?q=%ff", "/users?q=%00", "/audit?actor=%ff"})
    void aQueryStringThatIsNotTextIsAnInvalidRequestProblem(String path) {
        operator().get(path).expectProblem(400, "invalid-request");
    }
}
