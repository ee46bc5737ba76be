-- Glossary: the service system's terms in fi/sv/en, with the other forms that link to them.

CREATE TABLE "GlossaryTerms" (
    "Id" character varying(100) NOT NULL,
    "Term" text NOT NULL,
    "Explanation" text NOT NULL,
    "Forms" text NOT NULL,
    CONSTRAINT "PK_GlossaryTerms" PRIMARY KEY ("Id")
);
