-- CreateTable
CREATE TABLE "CompanionPermission" (
    "id" TEXT NOT NULL,
    "companionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "canChat" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanionPermission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanionPermission_userId_idx" ON "CompanionPermission"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanionPermission_companionId_userId_key" ON "CompanionPermission"("companionId", "userId");

-- AddForeignKey
ALTER TABLE "CompanionPermission" ADD CONSTRAINT "CompanionPermission_companionId_fkey" FOREIGN KEY ("companionId") REFERENCES "Companion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanionPermission" ADD CONSTRAINT "CompanionPermission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
