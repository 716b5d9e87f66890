CREATE TABLE "Foo Bar" ("My Id" serial, "select" bigserial);
