DROP TABLE "Legacy";
