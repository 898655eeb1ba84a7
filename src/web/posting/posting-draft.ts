import type { Opportunity } from '../../domain/opportunity.js';

/** A saved job page, kept whole so that the server can read its JSON-LD and structure. */
export interface SavedPage {
  readonly name: string;
  readonly html: string;
}

/** The job posting while it is edited: pasted text, or a saved page that takes its place. */
export interface PostingDraft {
  readonly text: string;
  readonly page: SavedPage | null;
}

export const emptyPosting: PostingDraft = { text: '', page: null };

/** The posting as the opportunity keeps it, to edit. */
export function postingDraftOf(opportunity: Opportunity): PostingDraft {
  return {
    text: opportunity.postingText ?? '',
    page: opportunity.postingHtml
      ? { name: 'the saved page', html: opportunity.postingHtml }
      : null,
  };
}

/** The opportunity's posting fields for a draft: one source at a time, the other cleared. */
export function postingFields(draft: PostingDraft): {
  postingText: string | null;
  postingHtml: string | null;
} {
  if (draft.page) return { postingHtml: draft.page.html, postingText: null };
  return { postingHtml: null, postingText: draft.text.trim() === '' ? null : draft.text };
}

/** "34 kB": a size a person can take in. */
export function describeSize(characters: number): string {
  return characters < 1_000 ? `${characters} characters` : `${Math.round(characters / 1_000)} kB`;
}
