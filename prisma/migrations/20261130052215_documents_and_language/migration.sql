-- AlterTable
ALTER TABLE "users" ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "report_comments" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "section" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terms_of_reference" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "terms_of_reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terms_of_reference_versions" (
    "id" TEXT NOT NULL,
    "termsOfReferenceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "background" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "functionalRequirements" TEXT NOT NULL,
    "technicalRequirements" TEXT NOT NULL,
    "deliverables" TEXT NOT NULL,
    "timeline" TEXT NOT NULL,
    "qualifications" TEXT NOT NULL,
    "findingIds" TEXT[],
    "roadmapItemIds" TEXT[],
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "terms_of_reference_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_comments_phaseId_createdAt_id_idx" ON "report_comments"("phaseId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "report_comments_authorId_idx" ON "report_comments"("authorId");

-- CreateIndex
CREATE INDEX "terms_of_reference_missionId_createdAt_id_idx" ON "terms_of_reference"("missionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "terms_of_reference_versions_authorId_idx" ON "terms_of_reference_versions"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "terms_of_reference_versions_termsOfReferenceId_number_key" ON "terms_of_reference_versions"("termsOfReferenceId", "number");

-- AddForeignKey
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "phases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terms_of_reference" ADD CONSTRAINT "terms_of_reference_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "missions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terms_of_reference_versions" ADD CONSTRAINT "terms_of_reference_versions_termsOfReferenceId_fkey" FOREIGN KEY ("termsOfReferenceId") REFERENCES "terms_of_reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terms_of_reference_versions" ADD CONSTRAINT "terms_of_reference_versions_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
