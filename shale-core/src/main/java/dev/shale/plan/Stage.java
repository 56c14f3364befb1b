package dev.shale.plan;

/**
 * One step of the expand / backfill / contract sequence. Stages run in a fixed order (see
 * {@link Planner}); each adds zero or more migrations for the changes it handles and moves the
 * context's state to the database after them.
 */
interface Stage {
    void build(PlanContext ctx);
}
