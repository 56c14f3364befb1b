package dev.shale.plan;

import dev.shale.diff.MigrationStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is left: the unsafe changes Shale does not take apart ({@link Unplannable}), as the differ
 * writes them, in a last migration whose README says why they were not planned and what to check.
 * {@code shale lint} reports their risks on this file.
 */
final class FinishStage implements Stage {

    @Override
    public void build(PlanContext ctx) {
        List<MigrationStep> steps = ctx.diff(ctx.state(), ctx.to);
        if (steps.isEmpty()) {
            return;
        }
        Script script = new Script();
        List<String> timeouts = ctx.timeouts(true, false);
        if (!timeouts.isEmpty()) {
            script.comment("Give up rather than queue behind long queries.").statements(timeouts);
        }
        script.rendered(ctx.render(steps));
        Readme.Builder r = new Readme.Builder("Finish: the changes Shale did not take apart");
        r.what("The rest of the change, exactly as the differ writes it. Shale did not plan a safe sequence for:");
        for (Map.Entry<Change, String> u : ctx.unplanned().entrySet()) {
            r.what("- " + u.getKey().summary() + ": " + u.getValue() + ".");
            ctx.note("not planned: " + u.getKey().summary() + " (" + u.getValue() + "); it is in the last migration as the "
                    + "differ writes it");
        }
        if (ctx.unplanned().isEmpty()) {
            r.what("- (nothing the plan recognised as unsafe: these steps are what remained)");
        }
        for (var t : StepTables.existingTables(ctx, steps)) {
            r.data(ctx.data.sizeNote(t));
        }
        r.deploy("Review it by hand first: `shale lint` lists the locks and data risks of these statements. Deploy at a quiet "
                + "time, with a backup.");
        r.verify("`shale migrate status` lists it as applied; `shale lint` shows what to double-check.");
        r.rollback(Readme.sql(ctx.render(ctx.diff(ctx.to, ctx.state()))));
        ctx.add(new PlannedMigration("finish", script.build(), Optional.empty(), r.build()));
        ctx.moveTo(ctx.to);
    }
}
