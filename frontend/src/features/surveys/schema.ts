import { z } from 'zod';
import { KEY_PATTERN, usesOptions, usesRows } from './lib';

// Instant feedback only: the server checks everything again and answers with pointers (docs/conventions.md rule 43).
const key = z.string().trim().min(1, 'errors.field.required').max(40, 'errors.field.too-long').regex(KEY_PATTERN, 'surveys.builder.keyFormat');
const label = (max: number) => z.string().trim().min(1, 'errors.field.required').max(max, 'errors.field.too-long');
const optionalText = (max: number) => z.string().max(max, 'errors.field.too-long');
const number = z.string().refine((v) => v.trim() === '' || Number.isFinite(Number(v.replace(',', '.'))), 'errors.field.invalid-format');

const question = z
  .object({
    key,
    type: z.enum(['SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'MATRIX']),
    title: label(500),
    help: optionalText(2000),
    required: z.boolean(),
    tableId: z.string(),
    policyAreaId: z.string(),
    unit: optionalText(40),
    min: number,
    max: number,
    minLabel: optionalText(100),
    maxLabel: optionalText(100),
    options: z.array(z.object({ key, label: label(300), value: number })),
    rows: z.array(z.object({ key, label: label(300), policyAreaId: z.string() })),
  })
  .superRefine((q, ctx) => {
    if (usesOptions(q.type) && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'surveys.builder.needOptions' });
    if (usesRows(q.type) && q.rows.length < 1) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'surveys.builder.needRows' });
    if (q.type === 'RATING' && (q.min.trim() === '' || q.max.trim() === '')) ctx.addIssue({ code: 'custom', path: ['max'], message: 'errors.field.required' });
  });

export const builderSchema = z.object({
  title: label(200),
  description: optionalText(4000),
  deadlineDate: z.string(),
  deadlineTime: z.string(),
  definition: z.object({
    sections: z.array(z.object({ key, title: label(200), description: optionalText(2000), questions: z.array(question) })).max(30, 'errors.field.too-many'),
  }),
});
