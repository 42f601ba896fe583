import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/errors';
import { plainError } from '../forms/messages';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useSession } from './session-context';

export function SignIn() {
  const i18n = useI18n();
  const { t } = i18n;
  const { signIn, ended } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      const err = e as ApiError;
      setError(err.status === 401 ? t('auth.failed') : err.status === 429 ? t('auth.locked') : plainError(i18n, err));
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="brand large" aria-hidden="true">
          <span className="logo">窓</span>
        </div>
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        {ended ? (
          <div className={`banner ${ended === 'expired' ? 'warning' : 'success'}`} role="status">
            {ended === 'expired' ? t('auth.expired') : t('auth.signedOut')}
          </div>
        ) : null}
        <form onSubmit={submit} noValidate aria-label={t('auth.title')}>
          <div className="field">
            <label htmlFor="signin-email">{t('auth.email')}</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">{t('auth.password')}</label>
            <input
              id="signin-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </div>
          {error ? (
            <p className="banner error" id="signin-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary wide" disabled={busy}>
            {t('auth.submit')}
          </button>
        </form>
        <LanguageSwitch />
      </div>
    </main>
  );
}
