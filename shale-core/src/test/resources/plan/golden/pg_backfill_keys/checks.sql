SELECT count(*) = 5 FROM "Membership";
SELECT count(*) = 0 FROM "Membership" WHERE "label" IS DISTINCT FROM "role" || '@' || "orgId";
SELECT count(*) = 5 FROM "Tag";
SELECT count(*) = 0 FROM "Tag" WHERE "slug" IS DISTINCT FROM lower("name");
