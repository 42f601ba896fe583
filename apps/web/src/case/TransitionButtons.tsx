import { useId, useState } from 'react';
import { ApiError } from '../api/errors';
import { plainError } from '../forms/messages';
import { useI18n } from '../i18n';

/**
 * Buttons for the moves of a state machine (`POST …/transitions`), with an optional reason or
 * outcome text, and the API's answer (409 lists the allowed moves) in plain words.
 */
export function TransitionButtons(props: {
  targets: string[];
  labelOf: (to: string) => string;
  onMove: (to: string, text: string) => Promise<void>;
  withReason?: boolean;
  withOutcome?: boolean;
  danger?: string[];
}) {
  const i18n = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const move = async (to: string) => {
    setBusy(to);
    setError(undefined);
    try {
      await props.onMove(to, text.trim());
      setText('');
    } catch (e) {
      setError(plainError(i18n, e as ApiError));
    } finally {
      setBusy(undefined);
    }
  };
  const textLabel = props.withOutcome ? i18n.t('common.outcome') : i18n.t('common.reason');
  return (
    <div className="transitions">
      {props.withReason || props.withOutcome ? (
        <div className="field compact">
          <label htmlFor={id}>
            {textLabel} <span className="muted">({i18n.t('common.optional')})</span>
          </label>
          <input id={id} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      ) : null}
      <div className="buttons">
        {props.targets.map((to) => (
          <button
            key={to}
            type="button"
            className={props.danger?.includes(to) ? 'danger' : 'secondary'}
            disabled={busy !== undefined}
            aria-busy={busy === to || undefined}
            onClick={() => void move(to)}
          >
            {props.labelOf(to)}
          </button>
        ))}
      </div>
      {error ? (
        <p className="banner error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
