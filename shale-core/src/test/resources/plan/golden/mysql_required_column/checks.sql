SELECT count(*) = 5 FROM `User`;
SELECT count(*) = 0 FROM `User` WHERE NOT (`slug` <=> lower(`email`));
SELECT count(*) = 0 FROM information_schema.routines WHERE routine_schema = DATABASE();
