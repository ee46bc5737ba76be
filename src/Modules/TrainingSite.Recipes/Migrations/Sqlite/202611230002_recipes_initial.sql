-- Recipes: the record of applied recipes (first run applies recipes only while it is empty).

CREATE TABLE "RecipeImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecipeImports" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "AppliedAt" TEXT NOT NULL
);
