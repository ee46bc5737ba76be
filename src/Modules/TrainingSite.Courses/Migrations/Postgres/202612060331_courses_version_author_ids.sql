-- Versions keep their author's and publisher's user id, so a person's versions can be exported and shown as "deleted user".
ALTER TABLE "CourseVersions" ADD COLUMN "AuthorId" character varying(450);
ALTER TABLE "CourseVersions" ADD COLUMN "PublishedById" character varying(450);
ALTER TABLE "LessonVersions" ADD COLUMN "AuthorId" character varying(450);
ALTER TABLE "LessonVersions" ADD COLUMN "PublishedById" character varying(450);
