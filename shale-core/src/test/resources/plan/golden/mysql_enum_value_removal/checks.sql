SELECT count(*) = 3 FROM `User`;
SELECT group_concat(`role` ORDER BY `id`) = 'USER,ADMIN,USER' FROM `User`;
