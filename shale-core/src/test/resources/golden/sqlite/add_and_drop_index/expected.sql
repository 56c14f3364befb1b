-- DropIndex
DROP INDEX "T_a_idx";

-- CreateIndex
CREATE INDEX "T_b_idx" ON "T"("b" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b");
