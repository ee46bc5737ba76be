-- Search on Lucene.Net (issue 13): each node keeps its index on local disk, so the term stores, the stored
-- plain text and the vocabulary go; publishing writes indexing tasks (an outbox) that every node applies.

DROP TABLE IF EXISTS "GuidanceSearchEngineTerms";
DROP TABLE IF EXISTS "GuidanceSearchEngine";
DROP TABLE IF EXISTS "GuidanceSearchWords";
DROP INDEX IF EXISTS "IX_GuidanceSearchDocuments_ArticleId_Language";
DROP TABLE IF EXISTS "GuidanceSearchDocuments";
DELETE FROM "GuidanceSearchState";

CREATE TABLE "GuidanceIndexingTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GuidanceIndexingTasks" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_GuidanceIndexingTasks_CreatedAt" ON "GuidanceIndexingTasks" ("CreatedAt");
