import { useId, useRef, useState, type ChangeEvent } from 'react';
import { TextAreaField } from '../components/fields.js';
import { describeSize, type PostingDraft } from './posting-draft.js';
import {
  POSTING_FILE_TYPES,
  PostingFileError,
  readPostingFile,
  type PostingFile,
} from './posting-file.js';

/** What a read file names, in words: " It is for Analyst at Acme." */
function namedIn(file: PostingFile): string {
  const { title, company } = file.names;
  if (title && company) return ` It is for ${title} at ${company}.`;
  if (title || company) return ` It names ${title ?? company}.`;
  return '';
}

/**
 * The job posting, pasted or from a file: a saved web page is kept whole (and replaces the
 * text box), a text, Markdown or JSON file is read into the text box to check and edit.
 */
export function PostingInput({
  value,
  onChange,
  onRead,
  error,
}: {
  readonly value: PostingDraft;
  readonly onChange: (posting: PostingDraft) => void;
  /** A file was read; the form may fill in what it names, and say so in the returned note. */
  readonly onRead?: (file: PostingFile) => string;
  readonly error?: string | undefined;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [message, setMessage] = useState('');
  const [fileProblem, setFileProblem] = useState('');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    setMessage('');
    setFileProblem('');
    if (!chosen) return;
    try {
      const file = await readPostingFile(chosen);
      const isPage = file.field === 'postingHtml';
      onChange(
        isPage
          ? { ...value, page: { name: file.name, html: file.content } }
          : { text: file.content, page: null },
      );
      const note = onRead?.(file) ?? '';
      setMessage(
        `${isPage ? `Read “${file.name}”.` : `Read “${file.name}” into the box below.`}${namedIn(file)} ${note}`.trim(),
      );
    } catch (problem) {
      setFileProblem(
        problem instanceof PostingFileError ? problem.message : 'The file could not be read.',
      );
    }
  };
  const removePage = () => {
    onChange({ ...value, page: null });
    setMessage('The saved page is no longer used. Paste the posting or choose another file.');
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <fieldset className="field-group posting-input">
      <legend>Job posting</legend>
      <p className="field-hint">
        Postings often disappear once a role is filled. Keep a copy so Round Two can match your
        stories to it: save the job’s page from your browser (“Save page as”) and choose the file,
        or paste the text of the ad.
      </p>
      <div className="field">
        <label htmlFor={fileId}>Saved job page or file</label>
        <p className="field-hint" id={`${fileId}-hint`}>
          A web page (.html), text (.txt), Markdown (.md) or JSON (.json).
        </p>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept={POSTING_FILE_TYPES}
          aria-describedby={`${fileId}-hint`}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(event) => void choose(event)}
        />
        {fileProblem ? (
          <p className="field-error" role="alert">
            {fileProblem}
          </p>
        ) : null}
        {value.page && error ? <p className="field-error">{error}</p> : null}
        <p role="status" className="notice field-status">
          {message}
        </p>
      </div>
      {value.page ? (
        <div className="posting-page">
          <p>
            The posting is read from <strong>{value.page.name}</strong>, a saved web page (
            {describeSize(value.page.html.length)}).
          </p>
          <button type="button" className="button link" onClick={removePage}>
            Stop using this page
          </button>
        </div>
      ) : (
        <TextAreaField
          label="Or paste the posting’s text"
          rows={10}
          name="postingText"
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          error={error}
        />
      )}
    </fieldset>
  );
}
