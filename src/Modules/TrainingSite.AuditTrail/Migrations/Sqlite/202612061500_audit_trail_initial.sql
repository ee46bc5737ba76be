-- AuditTrail: the append-only record of who changed what.

CREATE TABLE "AuditEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEvents" PRIMARY KEY AUTOINCREMENT,
    "OccurredAt" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "ClientAddress" TEXT NULL,
    "ItemType" TEXT NOT NULL,
    "ItemId" TEXT NULL,
    "ItemTitle" TEXT NULL,
    "RegionId" TEXT NULL,
    "VersionNumber" INTEGER NULL,
    "Details" TEXT NULL
);

CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");
CREATE INDEX "IX_AuditEvents_RegionId_OccurredAt" ON "AuditEvents" ("RegionId", "OccurredAt");
CREATE INDEX "IX_AuditEvents_Kind_OccurredAt" ON "AuditEvents" ("Kind", "OccurredAt");
CREATE INDEX "IX_AuditEvents_ActorId_OccurredAt" ON "AuditEvents" ("ActorId", "OccurredAt");
CREATE INDEX "IX_AuditEvents_ItemType_ItemId" ON "AuditEvents" ("ItemType", "ItemId");
