import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { firstSectionWithError } from '../lib';
import type { SurveyForm } from '../types';
import { QuestionField } from './question-field';
import { ResponseNotices } from './response-notices';
import { SaveStatus } from './save-status';
import { SectionNav } from './section-nav';
import { SubdistrictField } from './subdistrict-field';
import { SubmitProblem } from './submit-problem';
import { useResponseAutosave } from './use-response-autosave';

/** How long the form waits after the last keystroke before it saves the draft. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * The organisation fills the survey section by section; every change is autosaved (debounced) and the server's 422
 * pointers are shown under their fields. The same response is shared by all the organisation's delegates.
 */
export function SurveyResponseForm({ form, onReload, autosaveDelay = AUTOSAVE_DELAY_MS }: { form: SurveyForm; onReload: () => void; autosaveDelay?: number }) {
  const { t } = useTranslation();
  const sections = form.definition.sections;
  const [section, setSection] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const { response, answers, subdistrictId, errors, save, editable, changeAnswers, changeSubdistrict, flush, submit, submitting, submitError } =
    useResponseAutosave(form, autosaveDelay, (byField) => setSection(firstSectionWithError(sections, byField)));

  const current = sections[section];

  return (
    <div>
      <ResponseNotices form={form} response={response} editable={editable} />

      <SaveStatus save={save} onReload={onReload} onRetry={() => void flush()} />

      {form.subdistricts.length > 0 ? (
        <SubdistrictField
          subdistricts={form.subdistricts}
          value={subdistrictId}
          error={errors['subdistrictId']}
          disabled={!editable}
          onChange={changeSubdistrict}
        />
      ) : null}

      <SectionNav sections={sections} answers={answers} errors={errors} current={section} onSelect={setSection} />

      {current ? (
        <section aria-labelledby={`section-${current.key}`}>
          <h2 id={`section-${current.key}`} className="h4">
            {t('responses.form.sectionOf', { n: section + 1, total: sections.length })}: {current.title}
          </h2>
          {current.description ? <p>{current.description}</p> : null}
          {current.questions.map((q) => (
            <QuestionField key={q.key} question={q} answers={answers} errors={errors} disabled={!editable} onChange={changeAnswers} />
          ))}
          <div className="d-flex flex-wrap gap-2 mt-3">
            {section > 0 ? (
              <Button color="secondary" outline onClick={() => setSection(section - 1)}>
                {t('responses.form.previous')}
              </Button>
            ) : null}
            {section < sections.length - 1 ? (
              <Button color="primary" outline onClick={() => setSection(section + 1)}>
                {t('responses.form.next')}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}

      {submitError ? <SubmitProblem error={submitError} errors={errors} /> : null}

      {editable && response?.status !== 'SUBMITTED' ? (
        <div className="mt-4">
          <Button color="primary" disabled={submitting} onClick={() => setConfirming(true)}>
            {t('responses.form.submit')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('responses.form.confirmTitle')}
            body={t('responses.form.confirmBody')}
            confirmLabel={t('responses.form.submit')}
            onConfirm={() => {
              setConfirming(false);
              void submit();
            }}
            onClose={() => setConfirming(false)}
          />
        </div>
      ) : null}
    </div>
  );
}
