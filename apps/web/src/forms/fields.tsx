import { useId, type ReactNode } from 'react';
import type { Form, Values } from './use-form';
import { useI18n } from '../i18n';

interface Base<V extends Values> {
  form: Form<V>;
  name: keyof V & string;
  label: string;
  hint?: string;
  required?: boolean;
}

/** Label, hint and error wired to one control by ids, so screen readers announce all three. */
function Frame(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="req"> ({t('common.required')})</span> : null}
      </label>
      {props.children}
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function TextField<V extends Values>(
  props: Base<V> & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'datetime-local';
    autoComplete?: string;
    maxLength?: number;
  },
) {
  const id = useId();
  const error = props.form.errors[props.name];
  return (
    <Frame id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={String(props.form.values[props.name] ?? '')}
        onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-required={props.required || undefined}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
      />
    </Frame>
  );
}

export function TextArea<V extends Values>(props: Base<V> & { rows?: number }) {
  const id = useId();
  const error = props.form.errors[props.name];
  return (
    <Frame id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        value={String(props.form.values[props.name] ?? '')}
        onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-required={props.required || undefined}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField<V extends Values>(props: Base<V> & { options: Option[]; empty?: string }) {
  const id = useId();
  const error = props.form.errors[props.name];
  return (
    <Frame id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <select
        id={id}
        name={props.name}
        value={String(props.form.values[props.name] ?? '')}
        onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-required={props.required || undefined}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField<V extends Values>(props: Base<V>) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={Boolean(props.form.values[props.name])}
        onChange={(e) => props.form.set(props.name, e.target.checked as V[typeof props.name])}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** Several values of one list (categories, consented fields), as a fieldset of checkboxes. */
export function CheckboxGroup<V extends Values>(props: Base<V> & { options: Option[]; columns?: number }) {
  const id = useId();
  const error = props.form.errors[props.name];
  const chosen = (props.form.values[props.name] as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean) =>
    props.form.set(props.name, (on ? [...chosen, value] : chosen.filter((v) => v !== value)) as V[typeof props.name]);
  return (
    <fieldset
      className={`field group${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(id, props.hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {props.label}
        {props.required ? <RequiredMark /> : null}
      </legend>
      <div className="choices" style={{ gridTemplateColumns: `repeat(${props.columns ?? 3}, minmax(0, 1fr))` }}>
        {props.options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function RequiredMark() {
  const { t } = useI18n();
  return <span className="req"> ({t('common.required')})</span>;
}

/** The banner, the success note and the submit button of a form. */
export function FormFooter<V extends Values>(props: { form: Form<V>; submit: string; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-footer">
      {props.form.banner ? (
        <div className="banner error" role="alert">
          {props.form.banner}
          {props.form.requestId ? <small> {t('errors.requestId', { id: props.form.requestId })}</small> : null}
        </div>
      ) : null}
      {props.form.done ? (
        <div className="banner success" role="status">
          {props.form.done}
        </div>
      ) : null}
      <div className="buttons">
        <button type="submit" className="primary" disabled={props.form.busy} aria-busy={props.form.busy || undefined}>
          {props.submit}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
