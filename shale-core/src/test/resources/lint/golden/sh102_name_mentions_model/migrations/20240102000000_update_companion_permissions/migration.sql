ALTER TABLE "CompanionPermission" ADD COLUMN "canShare" BOOLEAN NOT NULL DEFAULT false;
