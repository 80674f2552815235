package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class ReplicaFailoverTest {

    final ServerRequest request = ServerRequest.create(new MockHttpServletRequest("POST", "/api/tenants"),
            List.of(new StringHttpMessageConverter()));
    final ApiReplicas replicas = new ApiReplicas(List.of(URI.create("http://10.0.0.1:8083"), URI.create("http://10.0.0.2:8083")));

    @Test
    void refusalsWhenTheConnectionIsRefusedThenTheCallIsMarkedForAnotherReplicaAndTheRefuserLeftOut() {
        request.attributes().put(MvcUtils.GATEWAY_REQUEST_URL_ATTR, URI.create("http://10.0.0.1:8083/tenants"));

        assertThatThrownBy(() -> ReplicaFailover.refusals(replicas).filter(request, r -> {
            throw new ResourceAccessException("I/O error", new ConnectException());
        })).isInstanceOf(ReplicaFailover.Refused.class);
        assertThat(replicas.getInstances(ApiReplicas.SERVICE)).extracting(ServiceInstance::getHost).containsExactly("10.0.0.2");
    }

    @Test
    void refusalsWhenTheConnectionIsLostMidCallThenTheErrorStaysAsItIs() {
        request.attributes().put(MvcUtils.GATEWAY_REQUEST_URL_ATTR, URI.create("http://10.0.0.1:8083/tenants"));

        assertThatThrownBy(() -> ReplicaFailover.refusals(replicas).filter(request, r -> {
            throw new ResourceAccessException("I/O error", new SocketException("Connection reset"));
        })).isInstanceOf(ResourceAccessException.class).isNotInstanceOf(ReplicaFailover.Refused.class);
        assertThat(replicas.getInstances(ApiReplicas.SERVICE)).hasSize(2);
    }

    @Test
    void unavailableWhenEveryReplicaRefusedThenAnswers503WithAProblem() throws Exception {
        RetryException exhausted = new RetryException("exhausted",
                new ReplicaFailover.Refused(new ResourceAccessException("I/O error", new ConnectException())));

        ServerResponse response = ReplicaFailover.unavailable().filter(request, r -> {
            throw exhausted;
        });

        assertThat(response.statusCode().value()).isEqualTo(503);
        assertThat(response.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void unavailableWhenAnythingElseFailsThenItIsNotHidden() {
        assertThatThrownBy(() -> ReplicaFailover.unavailable().filter(request, r -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unavailableWhenTheCallSucceedsThenPassesItsAnswerOn() throws Exception {
        ServerResponse ok = ServerResponse.ok().build();
        assertThat(ReplicaFailover.unavailable().filter(request, r -> ok)).isSameAs(ok);
    }
}
