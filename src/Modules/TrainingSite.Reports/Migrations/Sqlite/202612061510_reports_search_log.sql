-- Reports: the guidance search log (no user identity; pruned after Reports:SearchLogDays).

CREATE TABLE "SearchLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchLog" PRIMARY KEY AUTOINCREMENT,
    "Day" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "RegionId" TEXT NULL,
    "Results" INTEGER NOT NULL,
    "Audience" TEXT NOT NULL
);

CREATE INDEX "IX_SearchLog_Day" ON "SearchLog" ("Day");
CREATE INDEX "IX_SearchLog_RegionId_Day" ON "SearchLog" ("RegionId", "Day");
