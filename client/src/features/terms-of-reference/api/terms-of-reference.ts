// Terms of reference as the screens read them (`termsOfReference.*`, typed through
// AppRouter): a mission's list, what a draft may be written from, one with its versions,
// an old version, and the two writes. A write puts its answer in the cache and refreshes
// the mission's list.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isStaleVersion } from "../../../lib/errors.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type TorDetail = RouterOutputs["termsOfReference"]["byId"];
export type TorVersion = TorDetail["latest"];
export type TorVersionSummary = TorDetail["versions"][number];
export type TorListItem = RouterOutputs["termsOfReference"]["list"]["items"][number];
export type TorSources = RouterOutputs["termsOfReference"]["sources"];
export type TorSourceFinding = TorSources["findings"][number];
export type TorSourceItem = TorSources["items"][number];

export function useTermsOfReferenceList(missionId: string) {
  return useQuery(trpc.termsOfReference.list.queryOptions({ missionId }));
}

export function useTermsOfReferenceSources(missionId: string, enabled: boolean) {
  return useQuery(trpc.termsOfReference.sources.queryOptions(enabled ? { missionId } : skipToken));
}

export function useTermsOfReference(id: string | undefined) {
  return useQuery(trpc.termsOfReference.byId.queryOptions(id ? { id } : skipToken));
}

export function useTermsOfReferenceVersion(id: string, number: number | null) {
  return useQuery(trpc.termsOfReference.version.queryOptions(number ? { id, number } : skipToken));
}

/** Which sections of an old version differ from the latest (null: nothing to compare, it is the latest). */
export function useTermsOfReferenceCompare(id: string, from: number, to: number) {
  return useQuery(trpc.termsOfReference.compare.queryOptions(from !== to ? { id, from, to } : skipToken));
}

function useStore() {
  const queryClient = useQueryClient();
  return (tor: TorDetail) => {
    queryClient.setQueryData(trpc.termsOfReference.byId.queryKey({ id: tor.id }), tor);
    void queryClient.invalidateQueries({ queryKey: trpc.termsOfReference.list.queryKey({ missionId: tor.missionId }) });
  };
}

/** The dialog shows every refusal itself, by field. */
export function useCreateTermsOfReference() {
  const store = useStore();
  return useMutation(trpc.termsOfReference.create.mutationOptions({ meta: shownInForm, onSuccess: store }));
}

/**
 * The editor shows every refusal itself: a stale save as the conflict, the rest by section.
 * A stale save refreshes the versions list, which has one more.
 */
export function useSaveTermsOfReference() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.termsOfReference.save.mutationOptions({
      meta: shownInForm,
      onSuccess: store,
      onError: (error, input) => {
        if (isStaleVersion(error)) {
          void queryClient.invalidateQueries({ queryKey: trpc.termsOfReference.byId.queryKey({ id: input.id }) });
        }
      },
    }),
  );
}

/** A saved version as a file, over plain HTTP with the session cookie. */
export function torFileUrl(id: string, number: number, format: "docx" | "pdf"): string {
  return `/export/terms-of-reference/${encodeURIComponent(id)}/${number}.${format}`;
}
