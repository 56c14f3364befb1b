package dev.shale.plan;

import dev.shale.diff.AddForeignKey;
import dev.shale.diff.AlterTable;
import dev.shale.diff.CreateEnum;
import dev.shale.diff.CreateIndex;
import dev.shale.diff.CreateNamespace;
import dev.shale.diff.CreateTable;
import dev.shale.diff.DropForeignKey;
import dev.shale.diff.DropIndex;
import dev.shale.diff.DropTable;
import dev.shale.diff.MigrationStep;
import dev.shale.diff.RedefineIndex;
import dev.shale.diff.RedefineTables;
import dev.shale.diff.RenameForeignKey;
import dev.shale.diff.RenameIndex;
import dev.shale.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which table a differ step touches, for timeouts and for the sizes a README shows. */
final class StepTables {
    private StepTables() {}

    /** The table the step changes, or null for steps on enums and namespaces. */
    static Table table(MigrationStep step) {
        if (step instanceof AlterTable a) {
            return a.from();
        } else if (step instanceof CreateTable c) {
            return c.table();
        } else if (step instanceof DropTable d) {
            return d.table();
        } else if (step instanceof CreateIndex c) {
            return c.table();
        } else if (step instanceof DropIndex d) {
            return d.table();
        } else if (step instanceof RenameIndex r) {
            return r.table();
        } else if (step instanceof RedefineIndex r) {
            return r.fromTable();
        } else if (step instanceof AddForeignKey a) {
            return a.table();
        } else if (step instanceof DropForeignKey d) {
            return d.table();
        } else if (step instanceof RenameForeignKey r) {
            return r.table();
        } else if (step instanceof RedefineTables r) {
            return r.tables().isEmpty() ? null : r.tables().get(0).from();
        }
        return null;
    }

    static boolean isCreation(MigrationStep step) {
        return step instanceof CreateTable || step instanceof CreateEnum || step instanceof CreateNamespace;
    }

    /** The tables the steps touch that exist in the context's current state, once each, in step order. */
    static List<Table> existingTables(PlanContext ctx, List<MigrationStep> steps) {
        Map<String, Table> existing = new LinkedHashMap<>();
        for (Table t : ctx.state().tables()) {
            existing.put(Names.key(t, ctx.defaultNamespace), t);
        }
        Map<String, Table> out = new LinkedHashMap<>();
        for (MigrationStep step : steps) {
            List<Table> tables = new ArrayList<>();
            if (step instanceof RedefineTables r) {
                r.tables().forEach(t -> tables.add(t.from()));
            } else if (table(step) != null) {
                tables.add(table(step));
            }
            for (Table t : tables) {
                String key = Names.key(t, ctx.defaultNamespace);
                if (existing.containsKey(key)) {
                    out.putIfAbsent(key, existing.get(key));
                }
            }
        }
        return List.copyOf(out.values());
    }
}
