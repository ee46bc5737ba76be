-- Courses: courses and lessons with their versions (draft / published / history), learners' lesson progress.

CREATE TABLE "Courses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Courses" PRIMARY KEY,
    "RegionId" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "QuizJson" TEXT NULL,
    CONSTRAINT "FK_Courses_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CourseVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CourseVersions" PRIMARY KEY AUTOINCREMENT,
    "CourseId" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "PublishedBy" TEXT NULL,
    "TextUpdatedAt" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_CourseVersions_Courses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "Courses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Lessons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Lessons" PRIMARY KEY,
    "CourseId" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Lessons_Courses_CourseId" FOREIGN KEY ("CourseId") REFERENCES "Courses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LessonProgress" (
    "UserId" TEXT NOT NULL,
    "LessonId" TEXT NOT NULL,
    "CourseId" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "PK_LessonProgress" PRIMARY KEY ("UserId", "LessonId"),
    CONSTRAINT "FK_LessonProgress_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LessonProgress_Lessons_LessonId" FOREIGN KEY ("LessonId") REFERENCES "Lessons" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LessonVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LessonVersions" PRIMARY KEY AUTOINCREMENT,
    "LessonId" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "PublishedBy" TEXT NULL,
    "TextUpdatedAt" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_LessonVersions_Lessons_LessonId" FOREIGN KEY ("LessonId") REFERENCES "Lessons" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Courses_RegionId_SortOrder" ON "Courses" ("RegionId", "SortOrder");

CREATE UNIQUE INDEX "IX_CourseVersions_CourseId_Number" ON "CourseVersions" ("CourseId", "Number");

CREATE INDEX "IX_LessonProgress_LessonId" ON "LessonProgress" ("LessonId");

CREATE INDEX "IX_LessonProgress_UserId_CourseId" ON "LessonProgress" ("UserId", "CourseId");

CREATE INDEX "IX_Lessons_CourseId_SortOrder" ON "Lessons" ("CourseId", "SortOrder");

CREATE UNIQUE INDEX "IX_LessonVersions_LessonId_Number" ON "LessonVersions" ("LessonId", "Number");
