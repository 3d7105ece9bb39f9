import { useTranslation } from 'react-i18next';

/** A polite loading indicator. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-secondary my-3">
      {t('app.loading')}
    </p>
  );
}
