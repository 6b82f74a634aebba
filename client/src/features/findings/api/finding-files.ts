// Evidence files of a finding. Uploads go over plain HTTP (lib/finding-file-upload.ts, the
// outbox's too); downloads and previews are plain links to /files/:id and
// /files/:id/thumbnail. Removing is a tRPC mutation.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export {
  FileUploadError,
  uploadFindingFile,
  type UploadedFile,
  type UploadFailure,
} from "../../../lib/finding-file-upload.ts";

export type FindingAttachment = RouterOutputs["findings"]["byId"]["attachments"][number];

export function fileUrl(id: string): string {
  return `/files/${encodeURIComponent(id)}`;
}

export function thumbnailUrl(id: string): string {
  return `${fileUrl(id)}/thumbnail`;
}

/** Reloads a finding after its files changed (its page lists them). */
export function useRefreshFindingFiles() {
  const queryClient = useQueryClient();
  return (findingId: string) => queryClient.invalidateQueries(trpc.findings.byId.queryFilter({ id: findingId }));
}

export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.findings.removeAttachment.mutationOptions({
      onSuccess: ({ findingId }) => queryClient.invalidateQueries(trpc.findings.byId.queryFilter({ id: findingId })),
    }),
  );
}
