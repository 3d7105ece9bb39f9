// RAC_REST_NAME_011: GET /status (ours: /api/v1/status) exists and its 200 is application/problem+json.
const STATUS = /^(\/api\/v[0-9]+)?\/status$/;

export default function statusEndpoint(doc) {
  const paths = (doc && doc.paths) || {};
  const path = Object.keys(paths).find((p) => STATUS.test(p) && paths[p] && paths[p].get);
  if (!path) {
    return [{ message: 'No GET /status (or /api/v1/status) operation', path: ['paths'] }];
  }
  const ok = paths[path].get.responses?.['200']?.content?.['application/problem+json'];
  return ok
    ? []
    : [{ message: `GET ${path} must answer 200 with application/problem+json`, path: ['paths', path, 'get', 'responses'] }];
}
