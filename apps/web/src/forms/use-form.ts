import { useState, type FormEvent } from 'react';
import { ApiError, toApiError } from '../api/errors';
import { useI18n } from '../i18n';
import { plainError, plainProblem } from './messages';

export type Values = Record<string, unknown>;

export interface Form<V extends Values> {
  values: V;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  errors: Partial<Record<string, string>>;
  banner: string | undefined;
  requestId: string | undefined;
  busy: boolean;
  done: string | undefined;
  reset: (values?: V) => void;
  onSubmit: (action: (values: V) => Promise<string | void>) => (event: FormEvent) => void;
}

/**
 * Form state with the API's errors put where they belong: each VALIDATION_FAILED detail next to
 * the field it names (`employer.name`, or its nearest parent the form has, or `aliases`), the
 * rest in plain words above the submit button.
 */
export function useForm<V extends Values>(initial: V, aliases: Record<string, string> = {}): Form<V> {
  const i18n = useI18n();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [banner, setBanner] = useState<string>();
  const [requestId, setRequestId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const fieldFor = (path: string): string | undefined => {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const key = parts.slice(0, n).join('.');
      if (aliases[key]) return aliases[key];
      if (key in values) return key;
    }
    return undefined;
  };

  const show = (error: ApiError) => {
    const next: Partial<Record<string, string>> = {};
    const unplaced: string[] = [];
    for (const p of error.fieldProblems) {
      const field = fieldFor(p.field);
      if (field) next[field] ??= plainProblem(i18n, p.problems);
      else unplaced.push(`${p.field}: ${plainProblem(i18n, p.problems)}`);
    }
    setErrors(next);
    const placed = Object.keys(next).length > 0 && unplaced.length === 0;
    setBanner(placed ? i18n.t('errors.validation') : [plainError(i18n, error), ...unplaced].join(' '));
    setRequestId(error.requestId);
  };

  return {
    values,
    errors,
    banner,
    requestId,
    busy,
    done,
    set: (name, value) => {
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((e) => ({ ...e, [name as string]: undefined }));
      setDone(undefined);
    },
    reset: (next) => {
      setValues(next ?? initial);
      setErrors({});
      setBanner(undefined);
    },
    onSubmit: (action) => (event) => {
      event.preventDefault();
      if (busy) return;
      setBusy(true);
      setBanner(undefined);
      setDone(undefined);
      setErrors({});
      action(values).then(
        (message) => {
          setBusy(false);
          if (message) setDone(message);
        },
        (error: unknown) => {
          setBusy(false);
          show(error instanceof ApiError ? error : toApiError(undefined, undefined));
        },
      );
    },
  };
}
