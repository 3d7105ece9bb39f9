import { useTranslation } from 'react-i18next';
import type { SurveyForm } from '../types';

/** The required choice of the sub-district the response speaks for, with the server's error under it. */
export function SubdistrictField({
  subdistricts,
  value,
  error,
  disabled,
  onChange,
}: {
  subdistricts: SurveyForm['subdistricts'];
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (subdistrictId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="zonale-field">
      <label htmlFor="subdistrictId" className="form-label">
        {t('responses.form.subdistrict')}
        <span className="zonale-required"> {t('form.requiredMark')}</span>
      </label>
      <select
        id="subdistrictId"
        className={`form-select${error ? ' is-invalid' : ''}`}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'subdistrictId-error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('responses.form.choose')}</option>
        {subdistricts.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {error ? (
        <p id="subdistrictId-error" className="zonale-field-error">
          {t(`errors.field.${error}`)}
        </p>
      ) : null}
    </div>
  );
}
