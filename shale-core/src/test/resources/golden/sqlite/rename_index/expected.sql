-- RedefineIndex
DROP INDEX "T_a_idx";
CREATE INDEX "a_index" ON "T"("a");
