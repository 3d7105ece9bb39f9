import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../lib/i18n';

/** Buttons that switch the UI language; the choice persists and sets <html lang>. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className={`zonale-lang ${className ?? ''}`}>
      {LANGUAGES.map((lng) => {
        const active = i18n.language === lng;
        return (
          <button
            key={lng}
            type="button"
            lang={lng}
            className={`btn btn-sm ${active ? 'btn-light' : 'btn-outline-light'}`}
            aria-pressed={active}
            title={t('language.switchTo', { name: t(`language.${lng}`) })}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            <span aria-hidden="true">{lng.toUpperCase()}</span>
            <span className="visually-hidden">{t(`language.${lng}`)}</span>
          </button>
        );
      })}
    </div>
  );
}
