import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Attachments } from '../../../components/attachments/attachments';
import { useDeleteContributionAttachment } from '../api/delete-contribution-attachment';
import { downloadContributionAttachment } from '../api/download-contribution-attachment';
import { useContributionAttachments } from '../api/get-contribution-attachments';
import { useUploadContributionAttachment } from '../api/upload-contribution-attachment';
import type { ContributionAttachment } from '../types';

/** The annexes of an istanza: downloadable by whoever reads it; added and removed by its organisation while a draft. */
export function AttachmentsPanel({ contributionId, editable, userId }: { contributionId: string; editable: boolean; userId?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const list = useContributionAttachments(contributionId, userId);
  const upload = useUploadContributionAttachment(contributionId);
  const remove = useDeleteContributionAttachment(contributionId);
  return (
    <section aria-labelledby={titleId} className="mb-4">
      <h2 id={titleId} className="h5">
        {t('contributions.attachments.title')}
      </h2>
      <Attachments
        list={list}
        hint={t('contributions.attachments.hint')}
        upload={editable ? upload : undefined}
        remove={editable ? remove : undefined}
        onDownload={(a: ContributionAttachment) => downloadContributionAttachment({ contributionId, attachment: a })}
      />
    </section>
  );
}
