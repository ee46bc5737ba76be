-- The directory search reads the published versions' count and id sum on every search (to see a publish made on any
-- node): an index of (IsPublished, Id) answers it without reading the versions' wide rows.
CREATE INDEX "IX_ServicePointVersions_IsPublished_Id" ON "ServicePointVersions" ("IsPublished", "Id");
