package com.dezky.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address: the connection's, unless the connection comes from a configured trusted
 * proxy, in which case the nearest address in {@code X-Forwarded-For} that is not itself a trusted
 * proxy. Resolved once per request, before the client's forwarded headers are dropped.
 */
@Component
class ClientAddresses {

    static final String ATTRIBUTE = ClientAddresses.class.getName() + ".CLIENT";

    private final List<AddressRange> trustedProxies;

    ClientAddresses(EdgeProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    /** The resolved address of this exchange (set by {@link ForwardedHeadersHygieneFilter}). */
    static Optional<InetAddress> of(ServerWebExchange exchange) {
        Object address = exchange.getAttribute(ATTRIBUTE);
        return address instanceof InetAddress inet ? Optional.of(inet) : Optional.empty();
    }

    Optional<InetAddress> resolve(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress client = remote.getAddress();
        if (!trusted(client)) {
            return Optional.of(client);
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(forwarded.get(i));
            if (hop.isEmpty()) {
                // Not an address: whatever is left of it was written by the client.
                return Optional.of(client);
            }
            client = hop.get();
            if (!trusted(client)) {
                return Optional.of(client);
            }
        }
        return Optional.of(client);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static Optional<InetAddress> literal(String value) {
        String candidate = value.strip();
        if (!candidate.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
