import { useId } from 'react';
import { LOCALES, useI18n, type Locale } from '../i18n';
import { useSession } from './session-context';

/** Each user's own choice, kept in this browser; the account's locale is the default. */
export function LanguageSwitch() {
  const { t } = useI18n();
  const { locale, setLocale } = useSession();
  const id = useId();
  const names: Record<Locale, string> = { ja: '日本語', en: 'English' };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('auth.language')}</label>
      <select id={id} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
