package dev.shale.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The runbook of one planned migration, written as its {@code README.md}: what it does, the data at
 * stake, when to deploy it, how to verify it and how to roll it back. Items are Markdown paragraphs;
 * {@link #sql} makes a SQL block of one.
 */
public record Readme(String title, List<String> what, List<String> data, List<String> deploy, List<String> verify,
        List<String> rollback) {

    public Readme {
        what = List.copyOf(what);
        data = List.copyOf(data);
        deploy = List.copyOf(deploy);
        verify = List.copyOf(verify);
        rollback = List.copyOf(rollback);
    }

    /** A fenced SQL block. */
    static String sql(String statements) {
        return "```sql\n" + statements.strip() + "\n```";
    }

    /** The README text. {@code folders} are the plan's migration folders, {@code index} this one's position. */
    String render(String planName, List<String> folders, List<String> titles, int index) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("Migration ").append(index + 1).append(" of ").append(folders.size()).append(" of the plan `")
                .append(planName).append("` written by `shale migrate plan`. Deploy them in this order, each only when the "
                        + "one before it is deployed and its checks pass:\n\n");
        for (int i = 0; i < folders.size(); i++) {
            sb.append(i + 1).append(". `").append(folders.get(i)).append("`: ").append(titles.get(i))
                    .append(i == index ? " (this one)" : "").append('\n');
        }
        section(sb, "What it does", what);
        section(sb, "Data", data);
        section(sb, "When to deploy", deploy);
        section(sb, "How to verify", verify);
        section(sb, "How to roll back", rollback);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("\n## ").append(heading).append("\n\n");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(items.get(i).strip()).append('\n');
        }
    }

    /** Collects a README's items section by section. */
    static final class Builder {
        private final String title;
        private final List<String> what = new ArrayList<>();
        private final List<String> data = new ArrayList<>();
        private final List<String> deploy = new ArrayList<>();
        private final List<String> verify = new ArrayList<>();
        private final List<String> rollback = new ArrayList<>();

        Builder(String title) {
            this.title = title;
        }

        Builder what(String item) {
            what.add(item);
            return this;
        }

        Builder data(String item) {
            if (!data.contains(item)) {
                data.add(item);
            }
            return this;
        }

        Builder deploy(String item) {
            deploy.add(item);
            return this;
        }

        Builder verify(String item) {
            verify.add(item);
            return this;
        }

        Builder rollback(String item) {
            rollback.add(item);
            return this;
        }

        Readme build() {
            return new Readme(title, what, data, deploy, verify, rollback);
        }
    }
}
