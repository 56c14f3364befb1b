/**
 * The history-state service ({@link dev.shale.history.HistoryStates}): the schema a migrations folder
 * leads to, from the project's file cache ({@link dev.shale.history.HistoryCache}), else from a replay
 * ({@link dev.shale.history.HistoryReplay}: kept replays in the embedded PostgreSQL, or a plain shadow
 * database). Used by {@code shale lint}, {@code migrate dev}, {@code migrate plan} and {@code migrate diff}.
 */
package dev.shale.history;
