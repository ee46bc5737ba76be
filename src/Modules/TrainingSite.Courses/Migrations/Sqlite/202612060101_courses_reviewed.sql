-- Lessons carry the day their facts were last checked (recipes: "reviewed"; authors: "facts checked").

ALTER TABLE "LessonVersions" ADD COLUMN "ReviewedOn" TEXT NULL;
