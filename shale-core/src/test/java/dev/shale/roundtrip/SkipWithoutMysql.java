package dev.shale.roundtrip;

import dev.shale.testing.TestDatabases;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a property (instead of rejecting every try) when no MySQL/MariaDB server is configured. */
public class SkipWithoutMysql implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (TestDatabases.mysqlAvailable()) {
            return SkipResult.doNotSkip();
        }
        System.err.println("NOTICE: MySQL/MariaDB property skipped: SHALE_TEST_MYSQL_URL is not set");
        return SkipResult.skip("SHALE_TEST_MYSQL_URL is not set");
    }
}
