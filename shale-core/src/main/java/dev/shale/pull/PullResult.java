package dev.shale.pull;

import dev.shale.psl.SourceFile;
import java.util.List;

/**
 * The introspected schema and what to tell about it.
 *
 * @param files the schema files, formatted, in the existing schema's order (one file for a new schema)
 * @param warnings what could not be represented or was taken from the existing schema
 * @param models how many models were written
 * @param enums how many enums were written
 * @param views how many views were written
 */
public record PullResult(List<SourceFile> files, PullWarnings warnings, int models, int enums, int views) {

    public PullResult {
        files = List.copyOf(files);
    }

    /** The schema of a single-file result. */
    public String text() {
        return files.get(0).text();
    }
}
