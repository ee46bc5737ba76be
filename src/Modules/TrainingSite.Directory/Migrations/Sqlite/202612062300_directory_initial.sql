-- Directory: public service points with their contact details, languages, topics and opening hours
-- (weekly schedule per channel and dated exceptions, as JSON values of the point).

CREATE TABLE "ServicePoints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServicePoints" PRIMARY KEY,
    "RegionId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
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
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ServicePoints_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ServicePoints_RegionId" ON "ServicePoints" ("RegionId");
