-- DropIndex
DROP INDEX "audit_events_createdAt_idx";

-- DropIndex
DROP INDEX "experts_name_idx";

-- DropIndex
DROP INDEX "findings_status_idx";

-- DropIndex
DROP INDEX "missions_createdAt_idx";

-- DropIndex
DROP INDEX "missions_parliamentId_idx";

-- DropIndex
DROP INDEX "missions_status_idx";

-- CreateIndex
CREATE INDEX "audit_events_createdAt_id_idx" ON "audit_events"("createdAt", "id");

-- CreateIndex
CREATE INDEX "experts_name_id_idx" ON "experts"("name", "id");

-- CreateIndex
CREATE INDEX "experts_countryCode_name_id_idx" ON "experts"("countryCode", "name", "id");

-- CreateIndex
CREATE INDEX "findings_status_createdAt_id_idx" ON "findings"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "findings_createdAt_id_idx" ON "findings"("createdAt", "id");

-- CreateIndex
CREATE INDEX "findings_updatedAt_id_idx" ON "findings"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "findings_severity_id_idx" ON "findings"("severity", "id");

-- CreateIndex
CREATE INDEX "findings_grade_id_idx" ON "findings"("grade", "id");

-- CreateIndex
CREATE INDEX "findings_area_id_idx" ON "findings"("area", "id");

-- CreateIndex
CREATE INDEX "findings_title_id_idx" ON "findings"("title", "id");

-- CreateIndex
CREATE INDEX "missions_parliamentId_createdAt_id_idx" ON "missions"("parliamentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "missions_status_id_idx" ON "missions"("status", "id");

-- CreateIndex
CREATE INDEX "missions_status_createdAt_id_idx" ON "missions"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "missions_createdAt_id_idx" ON "missions"("createdAt", "id");

-- CreateIndex
CREATE INDEX "missions_title_id_idx" ON "missions"("title", "id");

-- CreateIndex
CREATE INDEX "roadmaps_updatedAt_id_idx" ON "roadmaps"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "users_name_id_idx" ON "users"("name", "id");
