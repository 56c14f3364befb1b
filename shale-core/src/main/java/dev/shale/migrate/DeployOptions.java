package dev.shale.migrate;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a deploy. {@code lockTimeout} and {@code statementTimeout} are set for every migration
 * (a migration's header can override them); zero turns one off. {@code lockWait} bounds the wait for
 * the migration lock another deploy holds.
 */
public record DeployOptions(Duration lockTimeout, Duration statementTimeout, Duration lockWait) {
    /** 10s lock timeout (a migration fails rather than queue behind traffic), no statement timeout, 60s lock wait. */
    public static final DeployOptions DEFAULTS = new DeployOptions(Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60));

    public DeployOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockTimeout.isNegative() || statementTimeout.isNegative() || lockWait.isNegative()) {
            throw new IllegalArgumentException("timeouts are not negative");
        }
    }
}
