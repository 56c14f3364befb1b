-- CreateTable
CREATE TABLE `T` (
    `id` INTEGER NOT NULL,
    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `price` DECIMAL(65, 30) NOT NULL,
    `ratio` DOUBLE NOT NULL DEFAULT 1.5,
    `data` JSON NULL,
    `blob` LONGBLOB NULL,
    `big` BIGINT NOT NULL DEFAULT 7,
    `title` VARCHAR(100) NOT NULL,
    `body` TEXT NOT NULL,
    `small` SMALLINT NOT NULL,
    `tiny` TINYINT UNSIGNED NOT NULL,
    `at` TIMESTAMP(6) NOT NULL,
    `day` DATE NOT NULL,
    `short` CHAR(2) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
