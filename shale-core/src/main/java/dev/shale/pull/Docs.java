package dev.shale.pull;

/** Documentation comments ({@code ///}) as the renderer writes them: one per line of the text. */
final class Docs {
    private Docs() {}

    static void append(StringBuilder sb, String documentation, String indent) {
        for (String line : documentation.split("\n", -1)) {
            sb.append(indent).append("///");
            if (!line.isEmpty()) {
                sb.append(' ').append(line);
            }
            sb.append('\n');
        }
    }
}
