import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import { useProblemSubmit } from '../../../lib/form';
import { useDeleteSection, useDocumentSections, useSaveSection } from '../api/document';
import type { DocumentSection } from '../types';

export const sectionSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'errors.field.required')
    .max(60, 'errors.field.too-long')
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'errors.field.invalid-format'),
  title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
  text: z.string().max(100000, 'errors.field.too-long'),
  order: z.coerce
    .number({ message: 'errors.field.required' })
    .int('errors.field.invalid')
    .min(0, 'errors.field.out-of-range')
    .max(10000, 'errors.field.out-of-range'),
});
export type SectionValues = z.infer<typeof sectionSchema>;

function SectionForm({ planId, section, onDone }: { planId: string; section?: DocumentSection; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSection(planId);
  const form = useForm<z.input<typeof sectionSchema>, unknown, SectionValues>({
    resolver: zodResolver(sectionSchema),
    defaultValues: section ? { key: section.key, title: section.title, text: section.text, order: section.order } : { key: '', title: '', text: '', order: 50 },
  });
  const { onSubmit, failure } = useProblemSubmit(form as never, ['key', 'title', 'text', 'order'], async (v: SectionValues) => {
    if (section) {
      await save.mutateAsync({ id: section.id, update: { title: v.title, text: v.text, order: v.order, version: section.version } });
    } else {
      await save.mutateAsync({ create: v });
    }
    onDone();
  });
  const idp = section ? `section-${section.id}` : 'section-new';
  return (
    <form onSubmit={onSubmit} noValidate className="border rounded p-3 mb-3">
      {section ? null : (
        <InputField
          id={`${idp}-key`}
          label={t('planDocument.sections.key')}
          hint={t('planDocument.sections.keyHint')}
          required
          registration={form.register('key')}
          error={form.formState.errors.key}
        />
      )}
      <InputField
        id={`${idp}-title`}
        label={t('planDocument.sections.titleField')}
        required
        registration={form.register('title')}
        error={form.formState.errors.title}
      />
      <InputField
        id={`${idp}-order`}
        type="number"
        inputMode="numeric"
        label={t('planDocument.sections.order')}
        hint={t('planDocument.sections.orderHint')}
        required
        registration={form.register('order')}
        error={form.formState.errors.order}
      />
      <TextAreaField
        id={`${idp}-text`}
        rows={10}
        label={t('planDocument.sections.text')}
        hint={t('planDocument.sections.textHint')}
        registration={form.register('text')}
        error={form.formState.errors.text}
      />
      <FormProblem error={failure} onReload={onDone} />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('planDocument.sections.save')}
      </button>{' '}
      <button type="button" className="btn btn-outline-secondary" onClick={onDone}>
        {t('planDocument.sections.cancel')}
      </button>
    </form>
  );
}

/** The plan office's narrative sections: list in document order, add, edit, delete after confirming. */
export function SectionsEditor({ planId, frozen }: { planId: string; frozen: boolean }) {
  const { t } = useTranslation();
  const sections = useDocumentSections(planId);
  const remove = useDeleteSection(planId);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DocumentSection | null>(null);
  if (sections.isPending) return <Loading />;
  if (sections.isError) return <ProblemAlert error={sections.error} />;
  return (
    <section aria-labelledby="sections-title" className="mb-4">
      <h2 id="sections-title" className="h4">
        {t('planDocument.sections.title')}
      </h2>
      <p className="small">{t('planDocument.sections.help')}</p>
      {sections.data.items.length === 0 ? <p>{t('planDocument.sections.none')}</p> : null}
      <ul className="list-unstyled">
        {sections.data.items.map((s) => (
          <li key={s.id} className="mb-2">
            {editing === s.id ? (
              <SectionForm planId={planId} section={s} onDone={() => setEditing(null)} />
            ) : (
              <div className="d-flex flex-wrap align-items-center gap-2">
                <span className="badge bg-light text-dark">{s.order}</span>
                <strong>{s.title}</strong>
                {frozen ? null : (
                  <>
                    <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setEditing(s.id)}>
                      {t('planDocument.sections.edit', { title: s.title })}
                    </button>
                    <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setDeleting(s)}>
                      {t('planDocument.sections.delete', { title: s.title })}
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {frozen ? null : editing === 'new' ? (
        <SectionForm planId={planId} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="btn btn-outline-primary" onClick={() => setEditing('new')}>
          {t('planDocument.sections.add')}
        </button>
      )}
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('planDocument.sections.deleteTitle')}
        body={t('planDocument.sections.deleteBody', { title: deleting?.title ?? '' })}
        confirmLabel={t('planDocument.sections.deleteConfirm')}
        danger
        onConfirm={() => {
          if (deleting) remove.mutate(deleting.id);
          setDeleting(null);
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
