CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_lower_email_key" ON "User"(lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_handle_key" UNIQUE ("handle");
