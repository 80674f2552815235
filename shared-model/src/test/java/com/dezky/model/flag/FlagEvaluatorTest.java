package com.dezky.model.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagEvaluatorTest {

    static final FlagSubject ACME = new FlagSubject("6b013a8b8a08f8b3e00b2b5b", "acme", "business", "northwind", "prod");

    /** Published vectors, computed with Python's hashlib, an implementation independent of this one. */
    @ParameterizedTest(name = "bucket({0}:{1}) = {2}")
    @CsvSource({
            "6b013a8b8a08f8b3e00b2b5b, jmap_native_v2, 23",
            "6b013a8b8a08f8b3e00b2b5b, new_billing_engine, 32",
            "tenant-1, jmap_native_v2, 58",
            "tenant-2, jmap_native_v2, 41",
            "tenant-3, jmap_native_v2, 58",
            "acme, gdpr_export_v2, 13",
            "acme, jmap_native_v2, 8",
            "bergmann-logistik, new_billing_engine, 21",
            "kessler-architekten, new_billing_engine, 94",
            "00000000000000000000000, a_b, 48",
            "ffffffffffffffffffffffff, zz, 98",
            "t, ab, 86",
            "Ümlaut-tenant, unicode_flag, 90",
            "tenant-42, calendar_sync, 61",
            "tenant-43, calendar_sync, 68",
            "tenant-44, calendar_sync, 72",
            "tenant-45, calendar_sync, 80",
            "5f1e9c2a7b3d4e6f80123456, files_v3_ui, 38",
            "5f1e9c2a7b3d4e6f80123457, files_v3_ui, 84",
            "5f1e9c2a7b3d4e6f80123458, files_v3_ui, 30",
            "x, dark_mode_default, 38",
            "y, dark_mode_default, 95"})
    void bucketMatchesPublishedVector(String tenantId, String key, int bucket) {
        assertThat(FlagEvaluator.bucket(tenantId, key)).isEqualTo(bucket);
    }

    @Test
    void offIsFalseAndOnIsTrueWhateverTheScope() {
        FlagScope nobodyElse = new FlagScope(Set.of("enterprise"), Set.of("other"), Set.of(), Set.of());
        assertThat(FlagEvaluator.evaluate(new FlagRule("f", FlagState.OFF, 100, FlagScope.EVERYONE), ACME))
                .isEqualTo(new FlagEvaluator.Result(false, FlagEvaluator.Reason.DISABLED));
        assertThat(FlagEvaluator.evaluate(new FlagRule("f", FlagState.ON, 0, nobodyElse), ACME))
                .isEqualTo(new FlagEvaluator.Result(true, FlagEvaluator.Reason.STATIC));
    }

    @Test
    void targetedWithEmptyScopeMeansNobody() {
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.TARGETED, 100, FlagScope.EVERYONE), ACME)).isFalse();
    }

    @Test
    void targetedRequiresEveryNonEmptyAxisToMatch() {
        FlagScope businessAtNorthwind = new FlagScope(Set.of("business"), Set.of(), Set.of("northwind"), Set.of());
        FlagScope businessInStaging = new FlagScope(Set.of("business"), Set.of(), Set.of(), Set.of("staging"));
        FlagScope acmeOnly = new FlagScope(Set.of(), Set.of("acme"), Set.of(), Set.of());

        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.TARGETED, 0, businessAtNorthwind), ACME)).isTrue();
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.TARGETED, 0, businessInStaging), ACME)).isFalse();
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.TARGETED, 0, acmeOnly), ACME)).isTrue();
        FlagSubject direct = new FlagSubject("id", "acme", "business", null, "prod");
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.TARGETED, 0, businessAtNorthwind), direct)).isFalse();
    }

    @Test
    void rolloutNeedsScopeMatchAndBucketBelowPct() {
        int bucket = FlagEvaluator.bucket(ACME.tenantId(), "f");
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.ROLLOUT, bucket + 1, FlagScope.EVERYONE), ACME)).isTrue();
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.ROLLOUT, bucket, FlagScope.EVERYONE), ACME)).isFalse();
        FlagScope enterpriseOnly = new FlagScope(Set.of("enterprise"), Set.of(), Set.of(), Set.of());
        assertThat(FlagEvaluator.isOn(new FlagRule("f", FlagState.ROLLOUT, 100, enterpriseOnly), ACME)).isFalse();
        assertThat(FlagEvaluator.evaluate(new FlagRule("f", FlagState.ROLLOUT, 100, FlagScope.EVERYONE), ACME).reason())
                .isEqualTo(FlagEvaluator.Reason.SPLIT);
    }

    @Test
    void evaluationIsDeterministic() {
        FlagRule rule = new FlagRule("jmap_native_v2", FlagState.ROLLOUT, 37, FlagScope.EVERYONE);
        for (int i = 0; i < 1_000; i++) {
            FlagSubject tenant = new FlagSubject("tenant-" + i, "t" + i, "business", null, "prod");
            assertThat(FlagEvaluator.isOn(rule, tenant)).isEqualTo(FlagEvaluator.isOn(rule, tenant));
        }
    }

    @Test
    void raisingPctOnlyAddsTenants() {
        for (int i = 0; i < 5_000; i++) {
            FlagSubject tenant = new FlagSubject("tenant-" + i, "t" + i, "business", null, "prod");
            boolean wasOn = false;
            for (int pct = 0; pct <= 100; pct++) {
                boolean on = FlagEvaluator.isOn(new FlagRule("new_billing_engine", FlagState.ROLLOUT, pct,
                        FlagScope.EVERYONE), tenant);
                assertThat(!wasOn || on).as("tenant %d turned off when pct rose to %d", i, pct).isTrue();
                wasOn = on;
            }
            assertThat(wasOn).as("pct 100 includes everyone").isTrue();
        }
    }

    @Test
    void bucketsAreRoughlyUniformOver100kTenants() {
        int[] counts = new int[100];
        IntStream.range(0, 100_000).forEach(i -> counts[FlagEvaluator.bucket("tenant-" + i, "jmap_native_v2")]++);
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += Math.pow(count - 1_000, 2) / 1_000;
            assertThat(count).isBetween(850, 1_150);
        }
        // 99 degrees of freedom: above 148.2 happens by chance less than once in a thousand.
        assertThat(chiSquare).isLessThan(148.2);
    }
}
