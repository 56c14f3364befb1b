-- RenameIndex
ALTER INDEX "T_b_key" RENAME TO "b_unique";

-- RenameIndex
ALTER INDEX "T_a_idx" RENAME TO "a_index";
