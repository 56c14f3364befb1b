INSERT INTO `Product` (`price`) VALUES (3), (12), (40);
