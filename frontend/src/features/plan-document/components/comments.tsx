import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import { useProblemSubmit } from '../../../lib/form';
import { useCreateComment, useDocumentComments, useReplyComment } from '../api/document';
import type { DocumentChapter, DocumentComment } from '../types';

const commentSchema = z.object({
  chapterKey: z.string(),
  text: z.string().trim().min(1, 'errors.field.required').max(4000, 'errors.field.too-long'),
});
type CommentValues = z.infer<typeof commentSchema>;

function CommentForm({ planId, number, chapters }: { planId: string; number: number; chapters: DocumentChapter[] }) {
  const { t } = useTranslation();
  const create = useCreateComment(planId, number);
  const [notice, setNotice] = useState('');
  const form = useForm<CommentValues>({ resolver: zodResolver(commentSchema), defaultValues: { chapterKey: '', text: '' } });
  const { onSubmit, failure } = useProblemSubmit(
    form,
    ['chapterKey', 'text'],
    async (v) => {
      await create.mutateAsync({ text: v.text, chapterKey: v.chapterKey || undefined });
      setNotice(t('planDocument.comments.sent'));
    },
    { resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mb-3">
      <SelectField
        id="comment-chapter"
        label={t('planDocument.comments.chapter')}
        registration={form.register('chapterKey')}
        options={[{ value: '', label: t('planDocument.comments.whole') }, ...chapters.map((c) => ({ value: c.key, label: c.title }))]}
        error={form.formState.errors.chapterKey}
      />
      <TextAreaField
        id="comment-text"
        label={t('planDocument.comments.text')}
        required
        registration={form.register('text')}
        error={form.formState.errors.text}
      />
      <FormProblem error={failure} />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('planDocument.comments.submit')}
      </button>
      <p aria-live="polite" className="small mt-1">
        {notice}
      </p>
    </form>
  );
}

function ReplyForm({ planId, number, comment }: { planId: string; number: number; comment: DocumentComment }) {
  const { t } = useTranslation();
  const reply = useReplyComment(planId, number);
  const [text, setText] = useState(comment.reply ?? '');
  const id = `reply-${comment.id}`;
  return (
    <form
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) reply.mutate({ commentId: comment.id, reply: text.trim(), version: comment.version });
      }}
    >
      <label htmlFor={id} className="form-label small">
        {t('planDocument.comments.reply')}
      </label>
      <textarea id={id} className="form-control" rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <FormProblem error={reply.error} />
      <button type="submit" className="btn btn-sm btn-outline-primary mt-1" disabled={reply.isPending}>
        {t('planDocument.comments.replySubmit')}
      </button>
    </form>
  );
}

/** Comments on a version: the ambito's users read them all; they write while the plan is in consultation; the office replies. */
export function Comments({
  planId,
  number,
  chapters,
  canComment,
  canReply,
}: {
  planId: string;
  number: number;
  chapters: DocumentChapter[];
  canComment: boolean;
  canReply: boolean;
}) {
  const { t, i18n } = useTranslation();
  const comments = useDocumentComments(planId, number, true);
  const titleOf = (key?: string) => chapters.find((c) => c.key === key)?.title ?? t('planDocument.comments.whole');
  return (
    <section aria-labelledby="comments-title" className="mb-4">
      <h2 id="comments-title" className="h4">
        {t('planDocument.comments.title')}
      </h2>
      {canComment ? <CommentForm planId={planId} number={number} chapters={chapters} /> : <p className="small">{t('planDocument.comments.closed')}</p>}
      {comments.isPending ? (
        <Loading />
      ) : comments.isError ? (
        <ProblemAlert error={comments.error} />
      ) : comments.data.items.length === 0 ? (
        <p>{t('planDocument.comments.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {comments.data.items.map((c) => (
            <li key={c.id} className="border rounded p-2 mb-2">
              <p className="small text-secondary mb-1">
                {c.author} · {new Date(c.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome' })} ·{' '}
                {titleOf(c.chapterKey)}
              </p>
              <p className="mb-1" style={{ whiteSpace: 'pre-line' }}>
                {c.text}
              </p>
              {c.reply ? (
                <p className="mb-0 ps-2 border-start">
                  <strong>{t('planDocument.comments.answered')}:</strong> {c.reply}
                </p>
              ) : null}
              {canReply ? <ReplyForm planId={planId} number={number} comment={c} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
