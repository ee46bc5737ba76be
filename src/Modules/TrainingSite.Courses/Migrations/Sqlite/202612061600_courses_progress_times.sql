-- Courses: the latest opened and read times are index lookups, so the reports' change stamp stays cheap as progress grows.

CREATE INDEX "IX_LessonProgress_OpenedAt" ON "LessonProgress" ("OpenedAt");
CREATE INDEX "IX_LessonProgress_ReadAt" ON "LessonProgress" ("ReadAt");
