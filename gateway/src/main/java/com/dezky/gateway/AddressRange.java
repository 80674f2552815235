package com.dezky.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** One CIDR range ({@code 10.0.0.0/8}, {@code ::1/128}, or a single address), for matching addresses. */
record AddressRange(byte[] network, int prefix) {

    static AddressRange parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        byte[] network = bytesOf(parts[0]);
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("Not a CIDR range: " + cidr);
        }
        return new AddressRange(network, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    /** A literal address only: never a name to look up. */
    private static byte[] bytesOf(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address: " + literal);
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + literal, e);
        }
    }
}
