package dev.shale.cli;

/** Whether to colour output: on an interactive terminal, unless {@code NO_COLOR} is set (https://no-color.org). */
final class Terminal {
    private Terminal() {}

    static boolean colours() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }
}
