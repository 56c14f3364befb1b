-- DropIndex
DROP INDEX `T_c_idx` ON `T`;

-- CreateIndex
CREATE INDEX `T_b_idx` ON `T`(`b`(10) DESC);

-- CreateIndex
CREATE UNIQUE INDEX `T_a_c_key` ON `T`(`a`, `c`);

-- CreateIndex
CREATE FULLTEXT INDEX `b_text` ON `T`(`b`);

-- RenameIndex
ALTER TABLE `T` RENAME INDEX `T_a_idx` TO `a_index`;
