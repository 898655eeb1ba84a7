import { useState } from 'react';
import { fetchFile, toProblem } from '../api.js';
import { saveFile } from '../save-file.js';

/**
 * A button that downloads a file from the API (which needs the page's token, so a plain link
 * cannot), saying so while it prepares and why when it fails.
 */
export function DownloadButton({
  path,
  filename,
  label,
  detail,
  className = 'button secondary',
}: {
  /** The endpoint under `/api/v1`, e.g. `/rounds/…/calendar.ics`. */
  readonly path: string;
  /** The name to save under when the server suggests none. */
  readonly filename: string;
  readonly label: string;
  /** Read out after the label only, e.g. "(Round 2)", to tell repeated buttons apart. */
  readonly detail?: string;
  readonly className?: string;
}) {
  const [state, setState] = useState<{ pending: boolean; message: string }>({
    pending: false,
    message: '',
  });
  const download = async () => {
    setState({ pending: true, message: '' });
    try {
      const file = await fetchFile(path, filename);
      saveFile(file.blob, file.filename);
      setState({ pending: false, message: '' });
    } catch (error) {
      setState({ pending: false, message: toProblem(error).detail });
    }
  };
  return (
    <span className="download">
      <button
        type="button"
        className={className}
        disabled={state.pending}
        onClick={() => void download()}
      >
        {state.pending ? 'Preparing…' : label}
        {detail ? <span className="visually-hidden"> {detail}</span> : null}
      </button>
      <span role="status" className="download-status">
        {state.message}
      </span>
    </span>
  );
}
