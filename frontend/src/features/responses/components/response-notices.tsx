import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../lib';
import type { SurveyForm, SurveyResponse } from '../types';

/** What the organisation is told above the form: submitted (and until when it may still change), reopened, closed or the deadline. */
export function ResponseNotices({ form, response, editable }: { form: SurveyForm; response: SurveyResponse | undefined; editable: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {response?.status === 'SUBMITTED' && response.submittedAt ? (
        <Alert color="success" fade={false}>
          {response.editable && form.deadline
            ? t('responses.form.submittedEditable', {
                date: dateTime(response.submittedAt, i18n.language),
                deadline: dateTime(form.deadline, i18n.language),
              })
            : t('responses.form.submitted', { date: dateTime(response.submittedAt, i18n.language) })}
        </Alert>
      ) : null}
      {response?.reopenedAt ? (
        <Alert color="info" fade={false}>
          {t('responses.form.reopened')}
        </Alert>
      ) : null}
      {!editable ? (
        <Alert color="warning" fade={false}>
          {t('responses.form.closed')}
        </Alert>
      ) : form.deadline && response?.status !== 'SUBMITTED' ? (
        <p>{t('responses.form.deadline', { deadline: dateTime(form.deadline, i18n.language) })}</p>
      ) : null}
    </>
  );
}
