import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that shows and hides a panel, such as the "Add a round" form. The panel gets a
 * `close` function; closing it puts focus back on the button.
 */
export function Disclosure({
  label,
  detail,
  children,
}: {
  readonly label: string;
  /** Read out after the label only, e.g. "(Round 2)", to tell repeated buttons apart. */
  readonly detail?: string;
  readonly children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="disclosure">
      <button
        ref={button}
        type="button"
        className={open ? 'button secondary' : 'button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        {detail ? <span className="visually-hidden"> {detail}</span> : null}
      </button>
      <div id={panelId} hidden={!open} className="disclosure-panel">
        {open ? children(close) : null}
      </div>
    </div>
  );
}
