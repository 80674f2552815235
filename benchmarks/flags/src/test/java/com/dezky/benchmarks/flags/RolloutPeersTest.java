package com.dezky.benchmarks.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.flag.FlagSubject;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: each of the three really evaluates the 25 % rollout (a
 * peer left unconfigured would answer its default, false, and look fast), and each one's answer
 * for a tenant is stable.
 */
class RolloutPeersTest {

    static RolloutPeers peers;

    @BeforeAll
    static void start() {
        peers = new RolloutPeers();
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    @Test
    void eachPeerTurnsTheFlagOnForAboutAQuarterOfTenants() {
        assertThat(shareOn(peers::dezky)).isBetween(0.22, 0.28);
        assertThat(shareOn(peers::flagd)).isBetween(0.22, 0.28);
        assertThat(shareOn(peers::unleash)).isBetween(0.22, 0.28);
    }

    @Test
    void eachPeerAnswersTheSameForTheSameTenant() {
        FlagSubject tenant = tenant(42);
        assertThat(IntStream.range(0, 20).mapToObj(i -> peers.flagd(tenant)).distinct()).hasSize(1);
        assertThat(IntStream.range(0, 20).mapToObj(i -> peers.unleash(tenant)).distinct()).hasSize(1);
    }

    private static double shareOn(Predicate<FlagSubject> decision) {
        int tenants = 4_000;
        return IntStream.range(0, tenants).filter(i -> decision.test(tenant(i))).count() / (double) tenants;
    }

    private static FlagSubject tenant(int i) {
        return new FlagSubject("6b013a8b8a08f8b3e0%06d".formatted(i), "tenant-" + i, "business", null, "prod");
    }
}
