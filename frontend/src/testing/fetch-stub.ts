import { vi } from 'vitest';
import type { paths } from '../lib/api/schema';

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type GetOk<P extends GetPath> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;
type Problem = { type: string; title: string; status: number; detail?: string; errors?: { pointer: string; detail: string; code?: string }[] };

type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];
type PutPath = { [P in keyof paths]: paths[P] extends { put: object } ? P : never }[keyof paths];
type PutOk<P extends PutPath> = paths[P]['put'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : null;
type DeletePath = { [P in keyof paths]: paths[P] extends { delete: object } ? P : never }[keyof paths];
type PostOk<P extends PostPath> = paths[P]['post'] extends { responses: { 201: { content: { 'application/json': infer T } } } }
  ? T
  : paths[P]['post'] extends { responses: { 200: { content: { 'application/json': infer T } } } }
    ? T
    : null;

/** A reply for one GET path: the typed 200 body, or a problem with its status; a function is called on each request. */
export type StubReply<P extends GetPath> = GetOk<P> | { problem: Problem } | (() => GetOk<P> | { problem: Problem });
export type StubRoutes = { [P in GetPath]?: StubReply<P> };
/** Replies for mutations, keyed `POST /path`, `PUT /path` or `DELETE /path`: the typed 201/200 body (null for 204), or a problem. */
export type StubMutations = { [P in PostPath as `POST ${P}`]?: PostOk<P> | { problem: Problem } | (() => PostOk<P> | { problem: Problem }) } & {
  [P in PutPath as `PUT ${P}`]?: PutOk<P> | { problem: Problem } | (() => PutOk<P> | { problem: Problem });
} & {
  [P in DeletePath as `DELETE ${P}`]?: null | { problem: Problem } | (() => null | { problem: Problem });
};

function matcher(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

/** Replaces globalThis.fetch with a stub answering the given GET paths (and mutations), typed by the generated `paths`. */
export function stubApi(routes: StubRoutes, mutations: StubMutations = {}) {
  const entries = [
    ...Object.entries(routes).map(([template, reply]) => ({ method: 'GET', re: matcher(template), reply: reply as unknown })),
    ...Object.entries(mutations).map(([key, reply]) => {
      const [method, template] = key.split(' ');
      return { method: method!, re: matcher(template!), reply: reply as unknown };
    }),
  ];
  const fetchStub = vi.fn(async (input: Request | string) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const method = typeof input === 'string' ? 'GET' : input.method;
    const hit = entries.find((e) => e.method === method && e.re.test(url.pathname));
    if (!hit) {
      return new Response(JSON.stringify({ type: 'urn:zonale:problem:not-found', title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const reply = (typeof hit.reply === 'function' ? (hit.reply as () => unknown)() : hit.reply) as object | null;
    if (reply === null) return new Response(null, { status: 204 });
    if ('problem' in reply) {
      const problem = (reply as { problem: Problem }).problem;
      return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } });
    }
    return new Response(JSON.stringify(reply), { status: method === 'POST' ? 201 : 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}
