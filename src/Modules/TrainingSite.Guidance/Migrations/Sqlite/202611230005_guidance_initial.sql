-- Guidance: topics, articles with their versions, and the search index (documents, vocabulary, state).

CREATE TABLE "Topics" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Topics" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);

CREATE TABLE "GuidanceArticles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GuidanceArticles" PRIMARY KEY,
    "RegionId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_GuidanceArticles_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GuidanceArticleVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GuidanceArticleVersions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "TopicId" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "PublishedBy" TEXT NULL,
    "TextUpdatedAt" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_GuidanceArticleVersions_GuidanceArticles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "GuidanceArticles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GuidanceArticleVersions_Topics_TopicId" FOREIGN KEY ("TopicId") REFERENCES "Topics" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GuidanceSearchDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GuidanceSearchDocuments" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "RegionId" TEXT NULL,
    "TopicId" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL
);

CREATE TABLE "GuidanceSearchWords" (
    "Term" TEXT NOT NULL CONSTRAINT "PK_GuidanceSearchWords" PRIMARY KEY,
    "Display" TEXT NOT NULL,
    "Documents" INTEGER NOT NULL
);

CREATE TABLE "GuidanceSearchState" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_GuidanceSearchState" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

CREATE INDEX "IX_GuidanceArticles_RegionId" ON "GuidanceArticles" ("RegionId");

CREATE UNIQUE INDEX "IX_GuidanceArticleVersions_ArticleId_Number" ON "GuidanceArticleVersions" ("ArticleId", "Number");

CREATE INDEX "IX_GuidanceArticleVersions_TopicId" ON "GuidanceArticleVersions" ("TopicId");

CREATE UNIQUE INDEX "IX_GuidanceSearchDocuments_ArticleId_Language" ON "GuidanceSearchDocuments" ("ArticleId", "Language");

-- The engine's index: one row per indexed translation (rowid = GuidanceSearchDocuments.Id), its analysed
-- terms as one space-separated column. Terms are made only of letters, digits and '_' (namespaces), so the
-- ascii tokenizer keeps them exactly as written. Contentless: the text is in GuidanceSearchDocuments.
CREATE VIRTUAL TABLE "GuidanceSearchEngine" USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="ascii tokenchars '_'");

-- Postings by term: (term, doc) rows read straight from the FTS5 index.
CREATE VIRTUAL TABLE "GuidanceSearchEngineTerms" USING fts5vocab("GuidanceSearchEngine", instance);
