-- Versions keep their author's and publisher's user id, so a person's versions can be exported and shown as "deleted user".
ALTER TABLE "CourseVersions" ADD COLUMN "AuthorId" TEXT NULL;
ALTER TABLE "CourseVersions" ADD COLUMN "PublishedById" TEXT NULL;
ALTER TABLE "LessonVersions" ADD COLUMN "AuthorId" TEXT NULL;
ALTER TABLE "LessonVersions" ADD COLUMN "PublishedById" TEXT NULL;
