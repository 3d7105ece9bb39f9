import { vi } from 'vitest';
import type { paths } from '../lib/api/schema';

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type GetOk<P extends GetPath> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;
type Problem = { type: string; title: string; status: number; detail?: string };

/** A reply for one GET path: the typed 200 body, or a problem with its status. */
export type StubReply<P extends GetPath> = GetOk<P> | { problem: Problem };
export type StubRoutes = { [P in GetPath]?: StubReply<P> };

function matcher(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

/** Replaces globalThis.fetch with a stub answering the given GET paths, typed by the generated `paths`. */
export function stubApi(routes: StubRoutes) {
  const entries = Object.entries(routes).map(([template, reply]) => ({ re: matcher(template), reply }));
  const fetchStub = vi.fn(async (input: Request | string) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const hit = entries.find((e) => e.re.test(url.pathname));
    if (!hit) {
      return new Response(JSON.stringify({ type: 'urn:zonale:problem:not-found', title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const reply = hit.reply as object;
    if ('problem' in reply) {
      const problem = (reply as { problem: Problem }).problem;
      return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } });
    }
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}
