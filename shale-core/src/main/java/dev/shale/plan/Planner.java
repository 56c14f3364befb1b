package dev.shale.plan;

import dev.shale.diff.MigrationStep;
import java.util.List;

/**
 * Turns a pending change into the safe sequence of migrations. The differ's steps between the
 * migrations' state and the schema are sorted into safe ones (one ordinary migration, exactly as
 * the differ renders them) and unsafe ones ({@link Change}), which are taken apart into phases:
 *
 * <ol>
 *   <li>the ordinary migration: everything safe;
 *   <li>expand: new required columns added as nullable, the new column of a type change, removed
 *       columns made nullable;
 *   <li>backfill: the new columns filled in batches;
 *   <li>indexes built without blocking writes, one migration each;
 *   <li>foreign keys added unvalidated, then validated in a migration of their own;
 *   <li>switch: the application moves to the new column of a type change;
 *   <li>set required: NOT NULL without a long lock;
 *   <li>primary key switch, enum values removed (with a guard), columns dropped, tables dropped;
 *   <li>finish: whatever Shale could not take apart, as the differ writes it, said so in its README.
 * </ol>
 *
 * Each phase is described by the schema state it leads to; the states are built from the last one,
 * so the sequence ends exactly at the target state (checked: {@link #plan} fails otherwise).
 */
public final class Planner {
    private Planner() {}

    /** The safe plan for the change from {@code input.from()} to {@code input.to()}, named {@code name}. */
    public static SafePlan plan(String name, PlanInput input) {
        List<MigrationStep> steps = steps(input);
        List<Change> changes = ChangeFinder.find(input.from(), input.to(), steps, input.dialect().capabilities());
        PlanContext ctx = new PlanContext(input, changes);
        for (Stage stage : stages()) {
            stage.build(ctx);
        }
        List<MigrationStep> left = ctx.diff(ctx.state(), input.to());
        if (!left.isEmpty()) {
            throw new IllegalStateException("the plan does not end at the schema; left over: " + ctx.render(left));
        }
        return new SafePlan(name, ctx.migrations(), changes, ctx.missing(), ctx.notes());
    }

    private static List<MigrationStep> steps(PlanInput input) {
        return dev.shale.diff.Differ.diff(input.from(), input.to(), input.dialect().capabilities(), input.diffOptions());
    }

    private static List<Stage> stages() {
        return List.of(new SafeStage(), new ExpandStage(), new BackfillStage(), new IndexStage(), new ForeignKeyStage(),
                new SwitchStage(), new SetRequiredStage(), new PrimaryKeyStage(), new EnumStage(), new ContractStage(),
                new DropTableStage(), new FinishStage());
    }
}
