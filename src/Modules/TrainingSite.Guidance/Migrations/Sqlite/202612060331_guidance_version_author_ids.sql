-- Versions keep their author's and publisher's user id, so a person's versions can be exported and shown as "deleted user".
ALTER TABLE "GuidanceArticleVersions" ADD COLUMN "AuthorId" TEXT NULL;
ALTER TABLE "GuidanceArticleVersions" ADD COLUMN "PublishedById" TEXT NULL;
