-- Directory: public service points with their contact details, languages, topics and opening hours
-- (weekly schedule per channel and dated exceptions, as JSON values of the point).

CREATE TABLE "ServicePoints" (
    "Id" character varying(100) NOT NULL,
    "RegionId" character varying(100),
    "Status" character varying(20) NOT NULL,
    "Name" text NOT NULL,
    "Organisation" text NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Street" text NOT NULL,
    "PostalCode" character varying(10),
    "City" text NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "Phone" character varying(40),
    "Web" character varying(400),
    "Languages" text NOT NULL,
    "PhoneInterpreting" boolean NOT NULL,
    "RemoteInterpreting" boolean NOT NULL,
    "Topics" text NOT NULL,
    "Appointment" text NOT NULL,
    "Accessibility" text NOT NULL,
    "Notes" text NOT NULL,
    "Schedule" text NOT NULL,
    "Exceptions" text NOT NULL,
    "CheckedOn" date NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ServicePoints" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ServicePoints_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ServicePoints_RegionId" ON "ServicePoints" ("RegionId");
