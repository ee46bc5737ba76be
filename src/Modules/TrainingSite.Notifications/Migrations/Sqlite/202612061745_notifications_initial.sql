-- Notifications: what each user was told (newest first, read or unread, the mail outbox), and their mail preferences.

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    "MailPending" INTEGER NOT NULL,
    CONSTRAINT "FK_Notifications_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Notifications_UserId_CreatedAt" ON "Notifications" ("UserId", "CreatedAt");
CREATE INDEX "IX_Notifications_UserId_ReadAt" ON "Notifications" ("UserId", "ReadAt");
CREATE INDEX "IX_Notifications_MailPending" ON "Notifications" ("MailPending");

CREATE TABLE "NotificationPreferences" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY,
    "MailCertificates" INTEGER NOT NULL,
    "MailLessons" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_NotificationPreferences_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
