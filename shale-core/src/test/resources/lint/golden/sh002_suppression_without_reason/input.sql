SET lock_timeout = '5s';
SET statement_timeout = '1min';
-- shale:ignore SH301
CREATE INDEX "User_name_idx" ON "User"("name");
-- shale:ignore SH999 no such rule
CREATE INDEX "User_email_idx" ON "User"("email");
-- shale:ignore SH301 the table has 40 rows and never grows
CREATE INDEX "User_city_idx" ON "User"("city");
CREATE INDEX "User_zip_idx" ON "User"("zip"); -- shale:ignore SH301 reviewed: small lookup table
