// Data access for the assessment report's review (docs/documents.md, "Reviewing the
// report"): the report of a phase in the reader's language (assessmentReport.content),
// its comments, and the phases whose report awaits the parliament. Adding or deleting a
// comment refreshes the comments and the home's counts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Language } from "@hemicycle/shared/languages";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type ReportContent = RouterOutputs["assessmentReport"]["content"];
export type ReportSection = ReportContent["sections"][number];
export type ReportBlock = ReportSection["blocks"][number];
export type ReportComments = RouterOutputs["reportReview"]["comments"];
export type ReportComment = ReportComments["comments"][number];
export type ReportInReview = RouterOutputs["reportReview"]["inReview"][number];

/** The report review page of a phase. */
export const reportReviewPath = (missionId: string, phaseId: string) =>
  `/missions/${missionId}/phases/${phaseId}/report`;

export function useReportContent(missionId: string, phaseId: string, language: Language) {
  return useQuery(trpc.assessmentReport.content.queryOptions({ missionId, phaseId, language }));
}

export function useReportComments(phaseId: string) {
  return useQuery(trpc.reportReview.comments.queryOptions({ phaseId }));
}

export function useReportsInReview() {
  return useQuery(trpc.reportReview.inReview.queryOptions());
}

function useRefreshComments() {
  const queryClient = useQueryClient();
  return (phaseId: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.reportReview.comments.queryFilter({ phaseId })),
      queryClient.invalidateQueries(trpc.reportReview.inReview.pathFilter()),
    ]);
}

export function useAddReportComment() {
  const refresh = useRefreshComments();
  return useMutation(
    trpc.reportReview.comment.mutationOptions({
      meta: shownInForm,
      // A refusal because the phase has just left review: the page shows the new status.
      onSettled: (_data, _error, { phaseId }) => refresh(phaseId),
    }),
  );
}

export function useDeleteReportComment(phaseId: string) {
  const refresh = useRefreshComments();
  return useMutation(trpc.reportReview.deleteComment.mutationOptions({ onSettled: () => refresh(phaseId) }));
}
