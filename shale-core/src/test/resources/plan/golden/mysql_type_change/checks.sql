SELECT count(*) = 3 FROM `Product`;
SELECT group_concat(`price` ORDER BY `id`) = '3.00,12.00,40.00' FROM `Product`;
