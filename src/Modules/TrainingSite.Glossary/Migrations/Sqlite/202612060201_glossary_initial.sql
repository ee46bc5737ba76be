-- Glossary: the service system's terms in fi/sv/en, with the other forms that link to them.

CREATE TABLE "GlossaryTerms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GlossaryTerms" PRIMARY KEY,
    "Term" TEXT NOT NULL,
    "Explanation" TEXT NOT NULL,
    "Forms" TEXT NOT NULL
);
