-- CreateIndex
CREATE INDEX "T_a_idx" ON "T"("a");

-- CreateIndex
CREATE INDEX "T_b_a_idx" ON "T"("b" DESC, "a");
