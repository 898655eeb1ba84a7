/** A thank-you note as an e-mail draft: an .eml message (RFC 5322) and a mailto: link (RFC 6068). */
import MailComposer from 'nodemailer/lib/mail-composer';

export interface Mailbox {
  readonly name?: string | null;
  readonly address: string;
}

export interface ThankYouEmailInput {
  /** The sender; left out, the mail client fills it in when the draft is opened. */
  readonly from?: Mailbox | null;
  /** The interviewer; without an address the draft has no recipient yet. */
  readonly to?: Mailbox | null;
  readonly subject: string;
  readonly body: string;
  readonly date: Date;
  /** A stable Message-ID (without angle brackets), e.g. from the note's id. */
  readonly messageId?: string;
}

/** Longest mailto: link offered; longer ones are cut off by some browsers and mail clients. */
export const MAILTO_MOST_CHARACTERS = 2_000;

/**
 * The note as an .eml file built by nodemailer's MIME composer: UTF-8 plain text, encoded
 * headers, CRLF line breaks, and `X-Unsent: 1` so that mail clients that know it (Outlook)
 * open it as a draft to send rather than as a received message.
 * @example await thankYouEml({ to: { name: 'Femke de Wit', address: 'femke@example.com' }, subject: 'Thank you', body: 'Dear Femke, …', date: new Date() })
 */
export async function thankYouEml(input: ThankYouEmailInput): Promise<string> {
  const composer = new MailComposer({
    ...(input.from ? { from: mailbox(input.from) } : {}),
    ...(input.to ? { to: mailbox(input.to) } : {}),
    subject: input.subject,
    text: input.body.replace(/\r\n|\r|\n/g, '\r\n'),
    date: input.date,
    ...(input.messageId ? { messageId: `<${input.messageId}>` } : {}),
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
  });
  const message = await composer.compile().build();
  return message.toString('utf8');
}

/**
 * A `mailto:` link with the recipient, subject and body percent-encoded as RFC 6068 asks (line
 * breaks as `%0D%0A`), or `undefined` when it would be longer than 2,000 characters: then offer
 * the .eml instead.
 * @example mailtoLink({ to: 'femke@example.com', subject: 'Thank you', body: 'Dear Femke,\n\n…' })
 */
export function mailtoLink(input: {
  readonly to?: string | null;
  readonly subject: string;
  readonly body: string;
}): string | undefined {
  const to = input.to ? encode(input.to).replace(/%40/g, '@') : '';
  const fields = [
    input.subject ? `subject=${encode(input.subject)}` : '',
    input.body ? `body=${encode(input.body.replace(/\r\n|\r|\n/g, '\r\n'))}` : '',
  ].filter((field) => field !== '');
  const link = `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  return link.length <= MAILTO_MOST_CHARACTERS ? link : undefined;
}

/** Percent-encodes UTF-8 text for a mailto: field, leaving only unreserved characters. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function mailbox({ name, address }: Mailbox): { name: string; address: string } | string {
  return name?.trim() ? { name: name.trim(), address } : address;
}
