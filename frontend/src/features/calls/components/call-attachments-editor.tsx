import { useTranslation } from 'react-i18next';
import { AttachmentList, Attachments } from '../../../components/attachments/attachments';
import { useDeleteCallAttachment } from '../api/delete-call-attachment';
import { attachmentHref, useCallAttachments } from '../api/get-call-attachments';
import { useUploadCallAttachment } from '../api/upload-call-attachment';
import type { CallAttachment } from '../types';

const hrefOf = (a: CallAttachment) => attachmentHref(a.callId, a.id);

/** The plan office adds (PDF, ODT, DOCX up to 10 MB) and removes the documents of a call. */
export function CallAttachmentsEditor({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const list = useCallAttachments(callId);
  const upload = useUploadCallAttachment(callId);
  const remove = useDeleteCallAttachment(callId);
  return <Attachments list={list} hint={t('calls.attachments.hint')} upload={upload} remove={remove} hrefOf={hrefOf} />;
}

/** The call's documents as public download links (readable as the call is: no token needed). */
export function CallAttachmentList({ attachments }: { attachments: CallAttachment[] }) {
  return <AttachmentList items={attachments} hrefOf={hrefOf} />;
}
