import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { useAddParticipant } from '../api/add-participant';
import { useDeleteParticipant } from '../api/delete-participant';
import { useParticipants } from '../api/get-participants';
import { useUpdateParticipant } from '../api/update-participant';
import type { Participant } from '../types';
import { DelegateForm } from './delegate-form';

/** The organisation's delegates (the people who attend the tables for it): add, edit, remove. */
export function DelegateEditor({ organizationId, userId }: { organizationId: string; userId: string }) {
  const { t } = useTranslation();
  const participants = useParticipants(userId);
  const add = useAddParticipant();
  const update = useUpdateParticipant();
  const remove = useDeleteParticipant();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');

  if (participants.isPending) return <Loading />;
  if (participants.isError) return <ProblemAlert error={participants.error} />;

  return (
    <div>
      <div role="status" aria-live="polite" data-testid="delegates-status">
        {announcement ? <p className="text-success fw-semibold">{announcement}</p> : null}
      </div>
      {participants.data.items.length === 0 ? <p>{t('participants.delegates.empty')}</p> : null}
      <ul className="list-unstyled zonale-manage-list" aria-label={t('participants.delegates.listLabel')}>
        {participants.data.items.map((p) => (
          <li key={`${p.id}-${p.version}`} className="zonale-manage-item">
            {editing === p.id ? (
              <DelegateForm
                idPrefix={`delegate-${p.id}`}
                defaultValues={{ fullName: p.fullName, organizationRole: p.organizationRole ?? '', email: p.email, preferredLanguage: p.preferredLanguage }}
                submitLabel={t('form.save')}
                onSubmit={async (v) => {
                  await update.mutateAsync({ participantId: p.id, body: { ...v, organizationRole: v.organizationRole || undefined, version: p.version } });
                  setEditing(null);
                  setAnnouncement(t('participants.delegates.saved', { name: v.fullName }));
                }}
                onCancel={() => setEditing(null)}
                onReload={() => void participants.refetch()}
              />
            ) : (
              <div className="zonale-manage-row">
                <div>
                  <span className="fw-semibold d-block">{p.fullName}</span>
                  {p.organizationRole ? <span className="small d-block">{p.organizationRole}</span> : null}
                  <span className="small d-block text-break">{p.email}</span>
                </div>
                <div className="zonale-actions">
                  <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(p.id)}>
                    {t('form.editNamed', { name: p.fullName })}
                  </button>
                  <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRemoving(p)}>
                    {t('form.deleteNamed', { name: p.fullName })}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <FormProblem error={failure} />
      <ConfirmDialog
        open={removing !== null}
        title={t('participants.delegates.removeTitle')}
        body={t('participants.delegates.removeBody', { name: removing?.fullName ?? '' })}
        confirmLabel={t('form.delete')}
        danger
        onConfirm={() => {
          const p = removing;
          setRemoving(null);
          if (!p) return;
          setFailure(null);
          remove.mutate(p.id, { onSuccess: () => setAnnouncement(t('participants.delegates.removed', { name: p.fullName })), onError: setFailure });
        }}
        onClose={() => setRemoving(null)}
      />
      <h3 className="h5 mt-4">{t('participants.delegates.addTitle')}</h3>
      <DelegateForm
        idPrefix="delegate-new"
        defaultValues={{ fullName: '', organizationRole: '', email: '', preferredLanguage: 'IT' }}
        submitLabel={t('participants.delegates.add')}
        onSubmit={async (v) => {
          await add.mutateAsync({
            organizationId,
            fullName: v.fullName,
            organizationRole: v.organizationRole || undefined,
            email: v.email,
            preferredLanguage: v.preferredLanguage,
          });
          setAnnouncement(t('participants.delegates.added', { name: v.fullName }));
        }}
      />
    </div>
  );
}
