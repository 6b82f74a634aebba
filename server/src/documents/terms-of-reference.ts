// One version of terms of reference as a document (render/model.ts), for the PDF and the
// DOCX alike: a title block (the title, the parliament, the mission, the version and its
// date), then the eight sections under their headings, each section's markdown as blocks.
// Worded in the version's own language, the one it was drafted in, so that the headings
// match the text whoever downloads it (docs/documents.md, "Terms of reference").
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import type { Actor } from "@hemicycle/shared/policy";
import type { DbOrTx } from "../db/types.ts";
import { translator } from "../lib/translate.ts";
import { getTermsOfReference, getTermsOfReferenceVersion } from "../services/terms-of-reference.ts";
import { markdownBlocks } from "./markdown-blocks.ts";
import type { Block, DocumentModel } from "./render/model.ts";

type TorDocumentSource = {
  title: string;
  mission: { code: string; title: string; parliament: { name: string } };
  version: Awaited<ReturnType<typeof getTermsOfReferenceVersion>>;
};

export function torDocumentModel({ title, mission, version }: TorDocumentSource): DocumentModel {
  const tr = translator(version.language);
  const t = tr.t;
  const blocks: Block[] = [
    {
      kind: "title",
      eyebrow: t("torDocument.eyebrow"),
      title,
      facts: [
        [t("torDocument.facts.parliament"), mission.parliament.name],
        [t("torDocument.facts.mission"), `${mission.code}: ${mission.title}`],
        [
          t("torDocument.facts.version"),
          t("torDocument.facts.versionValue", { number: version.number, date: version.createdAt }),
        ],
      ],
    },
  ];
  for (const section of TOR_SECTIONS) {
    blocks.push({ kind: "heading", level: 1, text: t(`torDocument.headings.${section}`), id: section });
    blocks.push(...markdownBlocks(version[section]));
  }
  return {
    language: version.language,
    direction: tr.dir,
    title,
    subject: `${t("torDocument.eyebrow")}: ${mission.code}`,
    footer: `${title} (${mission.code})`,
    pageLabel: (page) => t("torDocument.page", { page }),
    blocks,
  };
}

/**
 * The document of one version of terms of reference within the actor's reach; null when
 * they are out of reach or have no such version (the export answers 404 alike).
 */
export async function findTorDocument(db: DbOrTx, actor: Actor, id: string, number: number) {
  try {
    const [tor, version] = await Promise.all([
      getTermsOfReference(db, actor, id),
      getTermsOfReferenceVersion(db, actor, { id, number }),
    ]);
    return { model: torDocumentModel({ title: tor.title, mission: tor.mission, version }), code: tor.mission.code };
  } catch (error) {
    if ((error as { reason?: string }).reason === "NOT_FOUND") return null;
    throw error;
  }
}
