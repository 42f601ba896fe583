import { useState, type ReactNode } from 'react';

/** A button that opens a form in place (and the form closes itself with `close`). */
export function Toggle(props: { label: string; children: (close: () => void) => ReactNode; testId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="toggle-row">
        <button
          type="button"
          className={open ? 'secondary' : 'primary small'}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          data-testid={props.testId}
        >
          {props.label}
        </button>
      </div>
      {open ? <div className="inline-form">{props.children(() => setOpen(false))}</div> : null}
    </>
  );
}
