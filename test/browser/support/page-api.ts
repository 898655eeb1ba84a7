import type { Page } from 'playwright-core';

/** What the page's `fetch` answered, read the way the caller asked. */
interface Answer {
  readonly ok: boolean;
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/**
 * Calls `/api/v1${path}` from inside the page, with the token the server wrote into it
 * (`meta[name="roundtwo-api-token"]`), as the web app itself does.
 */
async function fetchFromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const token =
        document.querySelector<HTMLMetaElement>('meta[name="roundtwo-api-token"]')?.content ?? '';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        ok: response.ok,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    },
    { method, path, body },
  );
  if (!answer.ok) {
    let detail = answer.text;
    try {
      const problem = JSON.parse(answer.text) as { title?: string; detail?: string };
      detail = [problem.title, problem.detail].filter(Boolean).join(': ') || answer.text;
    } catch {
      // Not a problem document: the body as it came.
    }
    throw new Error(`${method} /api/v1${path} answered ${answer.status}: ${detail}`);
  }
  return answer;
}

/**
 * The HTTP API as the page calls it: JSON in, JSON out. A response that is not ok throws with
 * its status and problem detail.
 */
export function pageApi(page: Page) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const { text } = await fetchFromPage(page, method, path, body);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

/** The media type of a `GET` of `/api/v1${path}` from the page (a calendar file, say). */
export async function pageApiContentType(page: Page, path: string): Promise<string> {
  return (await fetchFromPage(page, 'GET', path)).contentType;
}
