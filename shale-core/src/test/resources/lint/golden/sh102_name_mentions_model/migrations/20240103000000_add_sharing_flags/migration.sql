ALTER TABLE "CompanionPermission" ADD COLUMN "canInvite" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Companion" ADD COLUMN "shareable" BOOLEAN NOT NULL DEFAULT false;
