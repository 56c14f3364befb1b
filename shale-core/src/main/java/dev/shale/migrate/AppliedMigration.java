package dev.shale.migrate;

import java.time.Duration;

/** A migration a deploy applied: how long it took, how many statements it ran, in a transaction or not. */
public record AppliedMigration(String name, String checksum, Duration duration, int statements, boolean transactional) {}
