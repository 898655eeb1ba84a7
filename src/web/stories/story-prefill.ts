/**
 * A new story started from somewhere else, such as a gap in the role fit: what it is meant to
 * show, the tags to start with, and the page to go back to. Carried in the query string of
 * `/stories/new` so that the link can be opened in a new tab or bookmarked.
 */
export interface StoryPrefill {
  /** The requirement or question the story should answer, as the posting or plan words it. */
  readonly purpose: string;
  readonly tags: readonly string[];
  /** A path inside the app to return to, e.g. `/opportunities/123/fit`. */
  readonly back: string | null;
  /** How to name the page to go back to, e.g. "the role fit". */
  readonly backLabel: string;
}

/** Only a path of this app: never another site (`//evil.example`) or a script URL. */
function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/** The link that opens the story editor on a new story for `purpose`. */
export function newStoryLink(prefill: {
  readonly purpose: string;
  readonly tags?: readonly string[];
  readonly back?: string;
  readonly backLabel?: string;
}): string {
  const query = new URLSearchParams({ for: prefill.purpose });
  if (prefill.tags && prefill.tags.length > 0) query.set('tags', prefill.tags.join(', '));
  if (prefill.back) query.set('back', prefill.back);
  if (prefill.backLabel) query.set('backLabel', prefill.backLabel);
  return `/stories/new?${query.toString()}`;
}

/** What a `/stories/new` query string asks for; `null` when it asks for nothing. */
export function storyPrefillOf(search: string): StoryPrefill | null {
  const query = new URLSearchParams(search);
  const purpose = query.get('for')?.trim() ?? '';
  const tags = (query.get('tags') ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (purpose === '' && tags.length === 0) return null;
  const back = query.get('back');
  return {
    purpose,
    tags,
    back: back && isAppPath(back) ? back : null,
    backLabel: query.get('backLabel')?.trim() || 'where you came from',
  };
}

/** A competency id as a tag a person would write: `stakeholder-management` → "stakeholder management". */
export function tagOf(competencyId: string): string {
  return competencyId.replaceAll('-', ' ');
}
