package com.promisedesk.sync;

import com.promisedesk.Slow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh central store on loopback for each test, and the rep's devices beside it, all
 * closed afterwards. The scenario suites extend it; their subclasses pick the backend.
 */
@Slow
abstract class CentralStoreScenarios {

    @TempDir
    Path dir;

    CentralStoreFixture central;
    final List<Device> devices = new ArrayList<>();

    abstract Backend backend();

    @BeforeEach
    void startCentralStore() {
        central = new CentralStoreFixture(backend(), dir, lockWait());
    }

    /** How long the central store's writes wait for a lock held elsewhere. */
    java.time.Duration lockWait() {
        return com.promisedesk.server.ServerDatabase.LOCK_WAIT;
    }

    @AfterEach
    void stopEverything() {
        devices.forEach(Device::close);
        central.close();
    }

    /** The catalog owner carl publishes the sample catalog. */
    void publishSampleCatalog() throws Exception {
        String catalog = new String(getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        device("owner", central.token("carl", "catalog-owner")).client().publish("catalog.yaml", catalog);
    }

    Device device(String name, String token) {
        Device device = new Device(dir.resolve(name), central.url(), token);
        devices.add(device);
        return device;
    }
}
