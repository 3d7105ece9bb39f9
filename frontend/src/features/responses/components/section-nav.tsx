import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { sectionProgress } from '../lib';
import type { Answers, SurveySection } from '../types';

/** One button a section, with how many of its questions are answered and whether any of them has an error. */
export function SectionNav({
  sections,
  answers,
  errors,
  current,
  onSelect,
}: {
  sections: readonly SurveySection[];
  answers: Answers;
  errors: Record<string, string>;
  current: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('responses.form.sections')} className="mb-3">
      <ol className="list-unstyled d-flex flex-wrap gap-2 m-0">
        {sections.map((s, i) => {
          const p = sectionProgress(s, answers);
          const hasError = s.questions.some((q) => Object.keys(errors).some((k) => k === q.key || k.startsWith(`${q.key}/`)));
          return (
            <li key={s.key}>
              <Button
                color={i === current ? 'primary' : 'secondary'}
                outline={i !== current}
                size="sm"
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onSelect(i)}
              >
                {i + 1}. {s.title} ({p.answered}/{p.total}){hasError ? ` · ${t('responses.form.sectionHasErrors')}` : ''}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
