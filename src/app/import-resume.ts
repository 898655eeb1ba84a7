import { evidenceKinds } from '../domain/evidence.js';
import type { EvidenceKind, ResumeEvidence, ResumeFormat } from '../domain/resume.js';
import { readResume, ResumeReadError } from '../io/resume-import.js';
import type { AppContext } from './context.js';
import { ValidationError } from './errors.js';
import { createRecord, deleteRecord, listRecords } from './records.js';

export interface ImportResumeOptions {
  /** `json` (JSON Resume) or `text`; detected from the content when absent. */
  readonly format?: ResumeFormat;
  /** Delete the résumé items already in the workspace first (in the same transaction). */
  readonly replace?: boolean;
}

export interface ResumeImportResult {
  readonly created: number;
  /** How many items of each kind were created, every kind listed. */
  readonly byKind: Record<EvidenceKind, number>;
}

function readOrRefuse(text: string, format: ResumeFormat | undefined): ResumeEvidence[] {
  try {
    return readResume(text, format);
  } catch (error) {
    if (!(error instanceof ResumeReadError)) throw error;
    const issues = error.issues.length > 0 ? error.issues : [{ field: '', message: error.message }];
    throw new ValidationError(error.message, issues);
  }
}

/** An item the résumé yields but the workspace refuses (a highlight over 2,000 characters…). */
function itemError(index: number, item: ResumeEvidence, error: ValidationError): ValidationError {
  const label = `${item.kind} "${item.title.slice(0, 60)}"`;
  const details = error.issues
    .slice(0, 3)
    .map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
    .join('; ');
  return new ValidationError(
    `Résumé item ${index + 1} (${label}) cannot be saved, so nothing was imported: ${details}`,
    error.issues.map((issue) => ({
      field: `items.${index}${issue.field ? `.${issue.field}` : ''}`,
      message: issue.message,
    })),
  );
}

/**
 * Imports a résumé as evidence items — one per role, study, project, award, certificate,
 * publication or skill — in one transaction: every item is saved, or none is. With `replace`,
 * the workspace's existing résumé items are deleted first, in the same transaction.
 * @throws ValidationError when the text is not a résumé (empty, invalid JSON, a JSON document
 *   that is not a valid JSON Resume — each issue at its JSON path), yields nothing to import, or
 *   holds an item the workspace cannot save.
 * @example await importResume(ctx, readFileSync('resume.json', 'utf8'), { replace: true })
 */
export async function importResume(
  ctx: AppContext,
  text: string,
  options: ImportResumeOptions = {},
): Promise<ResumeImportResult> {
  const evidence = readOrRefuse(text, options.format);
  if (evidence.length === 0) {
    const message =
      'The résumé holds nothing to import: no roles, studies, projects, awards, certificates, publications or skills.';
    throw new ValidationError(message, [{ field: '', message }]);
  }
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    if (options.replace) {
      for (const existing of await listRecords(tx, 'evidenceItem')) {
        await deleteRecord(tx, 'evidenceItem', existing.id);
      }
    }
    const byKind = Object.fromEntries(evidenceKinds.map((kind) => [kind, 0])) as Record<
      EvidenceKind,
      number
    >;
    for (const [index, item] of evidence.entries()) {
      try {
        await createRecord(tx, 'evidenceItem', item);
      } catch (error) {
        if (error instanceof ValidationError) throw itemError(index, item, error);
        throw error;
      }
      byKind[item.kind] += 1;
    }
    return { created: evidence.length, byKind };
  });
}
