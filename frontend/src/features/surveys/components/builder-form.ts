import type { UseFormReturn } from 'react-hook-form';
import { errorMessage, type BuilderValues } from '../lib';

/** The survey builder's react-hook-form, handed to each part that edits a piece of it. */
export type BuilderForm = UseFormReturn<BuilderValues>;
/** A table or policy area a question may be tied to. */
export type Choice = { id: string; name: string };
/** The form path of one question. */
export type QuestionPath = `definition.sections.${number}.questions.${number}`;

/** Read the error object at a dotted path of the form's errors. */
export function errorAt(errors: unknown, path: string): { message?: string } | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = errorMessage(node);
  return message ? { message } : undefined;
}
