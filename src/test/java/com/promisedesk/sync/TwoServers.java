package com.promisedesk.sync;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Several central stores on one PostgreSQL (README, "Several servers, one PostgreSQL"): server A
 * is the scenarios' own ({@code central}, in the test's JVM), server B a {@code promisedesk server}
 * process of its own on the same database, as a second box behind a load balancer would be.
 * Nothing one server keeps in memory, per instance or per JVM, may be something the other needs.
 */
abstract class TwoServers extends CentralStoreScenarios {

    private ServerProcess serverB;

    @Override
    Backend backend() {
        return PostgresBackend.shared();
    }

    @BeforeEach
    void startServerB() {
        serverB = ServerProcess.start(backend().serverLaunch(dir), 0);
    }

    @AfterEach
    void stopServerB() {
        serverB.close();
    }

    String urlB() {
        return "http://127.0.0.1:" + serverB.port();
    }

    Device deviceOn(String name, String token, String url) {
        Device device = device(name, token);
        device.pointAt(url);
        return device;
    }
}
