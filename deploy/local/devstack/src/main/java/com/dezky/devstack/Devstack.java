package com.dezky.devstack;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the local backends in one process and stops them on exit (Ctrl-C or SIGTERM). With the
 * argument {@code demo-data}, seeds the local demo data into the running stack instead, and ends.
 */
public final class Devstack {

    private static final Logger log = LoggerFactory.getLogger(Devstack.class);

    private Devstack() {
    }

    public static void main(String[] args) throws Exception {
        DevstackSettings settings = DevstackSettings.from(System.getenv());
        if (args.length > 0 && args[0].equals("demo-data")) {
            DemoData.main(settings);
            return;
        }
        SandboxUpstreams sandboxes = new SandboxUpstreams(settings.sandboxPort(), settings.dataDir().resolve("sandboxes.json"));
        List<DevstackService> services = List.of(
                new EmbeddedMongo(settings.mongoPort(), settings.dataDir()),
                sandboxes,
                new DevIdentityProvider(settings.oidcPort(), DevUsers.standard(), sandboxes::directoryEntry));
        List<DevstackService> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "devstack-shutdown"));
        for (DevstackService service : services) {
            service.start();
            started.add(service);
            log.info("{} ready: {}", service.name(), service.describe());
        }
        log.info("devstack ready");
    }

    private static void stop(List<DevstackService> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            DevstackService service = started.get(i);
            try {
                service.close();
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly", service.name(), e);
            }
        }
    }
}
