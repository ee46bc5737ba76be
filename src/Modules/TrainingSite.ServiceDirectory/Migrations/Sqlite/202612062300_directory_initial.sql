-- Directory: public service points and their versions (contact details, languages, topics and opening hours:
-- a weekly schedule per channel and dated exceptions, as JSON values of the version).

CREATE TABLE "ServicePoints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServicePoints" PRIMARY KEY,
    "RegionId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ServicePoints_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ServicePointVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServicePointVersions" PRIMARY KEY AUTOINCREMENT,
    "PointId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "PublishedBy" TEXT NULL,
    "PublishedById" TEXT NULL,
    "TextUpdatedAt" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Street" TEXT NOT NULL,
    "PostalCode" TEXT NULL,
    "City" TEXT NOT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "Phone" TEXT NULL,
    "Web" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "PhoneInterpreting" INTEGER NOT NULL,
    "RemoteInterpreting" INTEGER NOT NULL,
    "Topics" TEXT NOT NULL,
    "Appointment" TEXT NOT NULL,
    "Accessibility" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "Schedule" TEXT NOT NULL,
    "Exceptions" TEXT NOT NULL,
    "CheckedOn" TEXT NOT NULL,
    CONSTRAINT "FK_ServicePointVersions_ServicePoints_PointId" FOREIGN KEY ("PointId") REFERENCES "ServicePoints" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ServicePoints_RegionId" ON "ServicePoints" ("RegionId");

CREATE UNIQUE INDEX "IX_ServicePointVersions_PointId_Number" ON "ServicePointVersions" ("PointId", "Number");
