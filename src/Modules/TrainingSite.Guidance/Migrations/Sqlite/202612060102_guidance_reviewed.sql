-- Guidance articles carry the day their facts were last checked (recipes: "reviewed"; authors: "facts checked").

ALTER TABLE "GuidanceArticleVersions" ADD COLUMN "ReviewedOn" TEXT NULL;
