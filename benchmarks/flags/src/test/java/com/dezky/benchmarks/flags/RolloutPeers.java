package com.dezky.benchmarks.flags;

import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.model.flag.FlagSubject;
import dev.openfeature.contrib.providers.flagd.Config;
import dev.openfeature.contrib.providers.flagd.FlagdOptions;
import dev.openfeature.contrib.providers.flagd.FlagdProvider;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import io.getunleash.DefaultUnleash;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.util.UnleashConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The same decision three ways: "is flag jmap_native_v2, rolled out to 25 % of tenants, on for this
 * tenant?", by Dezky's evaluator, by flagd's in-process evaluator (a {@code fractional} rule read from
 * a file, through the OpenFeature client as an application calls it) and by Unleash's client (a
 * {@code flexibleRollout} strategy from a bootstrap, no server). Nothing goes over the network.
 */
final class RolloutPeers implements AutoCloseable {

    static final String FLAG = "jmap_native_v2";
    static final int PERCENT = 25;

    private final FlagRule rule = new FlagRule(FLAG, FlagState.ROLLOUT, PERCENT, FlagScope.EVERYONE);
    private final Client flagd;
    private final Unleash unleash;

    RolloutPeers() {
        try {
            Path flags = Files.createTempFile("flagd-flags", ".json");
            Files.writeString(flags, resource("flagd-flags.json"));
            OpenFeatureAPI.getInstance().setProviderAndWait(new FlagdProvider(FlagdOptions.builder()
                    .resolverType(Config.Resolver.FILE).offlineFlagSourcePath(flags.toString())
                    // The first read validates the file against flagd's schema, slow in a cold JVM.
                    .deadline(10_000).build()));
            flagd = OpenFeatureAPI.getInstance().getClient();
            String features = resource("unleash-features.json");
            unleash = new DefaultUnleash(UnleashConfig.builder().appName("dezky-benchmark").instanceId("benchmark")
                    .unleashAPI("http://127.0.0.1:9/api/").disablePolling().disableMetrics()
                    // A backup file that does not exist yet, so that the bootstrap is what the client reads.
                    .backupFile(Files.createTempDirectory("unleash").resolve("backup.json").toString())
                    .toggleBootstrapProvider(() -> Optional.of(features)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean dezky(FlagSubject tenant) {
        return FlagEvaluator.isOn(rule, tenant);
    }

    boolean flagd(FlagSubject tenant) {
        return flagd.getBooleanValue(FLAG, false, new ImmutableContext(tenant.tenantId()));
    }

    boolean unleash(FlagSubject tenant) {
        return unleash.isEnabled(FLAG, UnleashContext.builder().userId(tenant.tenantId()).build());
    }

    @Override
    public void close() {
        unleash.shutdown();
        OpenFeatureAPI.getInstance().shutdown();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RolloutPeers.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
