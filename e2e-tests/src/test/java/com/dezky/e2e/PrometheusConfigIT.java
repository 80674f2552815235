package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus and deploy/alertmanager: the scrape configuration, the alert rules and their
 * unit tests by promtool, Alertmanager's configurations by amtool (both from the Debian packages).
 */
class PrometheusConfigIT {

    static final Path PROMETHEUS = Path.of(System.getProperty("dezky.root", "..")).resolve("deploy/prometheus");

    @Test
    void scrapeConfigurationsAreValid() throws Exception {
        for (String config : new String[] {"prometheus.yml", "compose.yml"}) {
            Promtool.Result result = Promtool.run(PROMETHEUS, null, "check", "config", config);
            assertThat(result.exitCode()).as(config + ": " + result.output()).isZero();
        }
    }

    @Test
    void alertmanagerConfigurationsAreValidAndDeliverResolutionsToTheWebhook() throws Exception {
        Path alertmanager = PROMETHEUS.resolveSibling("alertmanager");
        for (String config : new String[] {"alertmanager.yml", "compose.yml"}) {
            Promtool.Result result = Promtool.runTool("amtool", alertmanager, "check-config", config);
            assertThat(result.exitCode()).as(config + ": " + result.output()).isZero();
            assertThat(java.nio.file.Files.readString(alertmanager.resolve(config)))
                    .contains("/alerts/alertmanager").contains("send_resolved: true");
        }
    }

    @Test
    void alertRulesAreValid() throws Exception {
        Promtool.Result result = Promtool.run(PROMETHEUS, null, "check", "rules", "alerts.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 8 rules found");
    }

    @Test
    void everyAlertPassesItsUnitTest() throws Exception {
        Promtool.Result result = Promtool.run(PROMETHEUS, null, "test", "rules", "alerts.test.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
