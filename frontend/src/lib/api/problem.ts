import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

const TYPE_PREFIX = 'urn:zonale:problem:';

/** An RFC 9457 problem answered by the API, thrown by the client middleware on every non-2xx. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The stable slug of the problem type, e.g. `plan-not-found`. */
  get slug(): string {
    return this.problem.type.startsWith(TYPE_PREFIX) ? this.problem.type.slice(TYPE_PREFIX.length) : this.problem.type;
  }
}

/** Builds an ApiProblem from a failed response, falling back to a synthetic problem when the body is not problem+json. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = null;
  try {
    body = await response.clone().json();
  } catch {
    body = null;
  }
  if (body && typeof body === 'object' && 'type' in body && typeof (body as Problem).type === 'string') {
    const p = body as Problem;
    return new ApiProblem({ ...p, status: typeof p.status === 'number' ? p.status : response.status });
  }
  return new ApiProblem({ type: `${TYPE_PREFIX}http-${response.status}`, title: response.statusText || 'Error', status: response.status });
}

const KNOWN_SLUGS = new Set([
  'agreement-not-found',
  'adhesion-not-found',
  'not-a-participant',
  'public-body-signs',
  'adhesion-exists',
  'adhesion-not-pending',
  'agreement-already-signed',
  'agreement-incomplete',
  'unauthorized',
  'forbidden',
  'no-organization',
  'invalid-input',
  'malformed-json',
  'unknown-query-parameter',
  'invalid-parameter',
  'stale-version',
  'duplicate',
  'still-referenced',
  'too-many-requests',
  'internal-error',
  'plan-not-found',
  'table-not-found',
  'session-not-found',
  'district-not-found',
  'participant-not-found',
  'registration-not-found',
  'already-registered',
  'session-not-open',
  'session-cancelled',
  'session-held',
  'session-not-held',
  'not-attended',
  'not-your-session',
  'call-not-found',
  'call-closed',
  'call-answered',
  'call-table-chosen',
  'expression-of-interest-not-found',
  'expression-of-interest-exists',
  'expression-of-interest-not-editable',
  'expression-of-interest-transition-not-allowed',
  'expression-of-interest-already-decided',
  'expression-of-interest-not-submitted',
  'late-expression-of-interest',
  'organization-not-in-district',
  'attachment-type-mismatch',
  'unsupported-media-type',
  'attachment-too-large',
  'too-many-attachments',
  'plan-not-in-consultation',
  'contribution-not-editable',
  'contribution-transition-not-allowed',
  'contribution-not-submitted',
  'survey-not-found',
  'survey-definition-locked',
  'survey-closed',
  'survey-not-draft',
  'survey-not-published',
  'survey-without-questions',
  'survey-definition-invalid',
  'invalid-answers',
  'survey-response-already-submitted',
  'survey-response-already-reopened',
  'approval-not-carried',
  'plan-approval-required',
  'approval-exists',
  'measurements-out-of-range',
]);

/** The i18n key of the message shown for an error: chosen by the problem type (never its detail), then by status. */
export function problemMessageKey(error: unknown): string {
  if (!(error instanceof ApiProblem)) {
    return 'errors.problem.network';
  }
  const slug = error.slug;
  if (KNOWN_SLUGS.has(slug)) return `errors.problem.${slug}`;
  if (slug.endsWith('-not-found')) return 'errors.problem.not-found';
  if (error.status === 401) return 'errors.problem.unauthorized';
  if (error.status === 403) return 'errors.problem.forbidden';
  if (error.status === 404) return 'errors.problem.not-found';
  if (error.status === 429) return 'errors.problem.too-many-requests';
  if (error.status >= 500) return 'errors.problem.internal-error';
  return 'errors.problem.unknown';
}
