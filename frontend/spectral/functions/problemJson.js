// RAC_REST_NAME_008: an error response (4xx/5xx/default) has a body, served as
// application/problem+json (RFC 7807/9457), and no other media type.
const PROBLEM = 'application/problem+json';

export default function problemJson(response, _opts, context) {
  if (!response || typeof response !== 'object') return [];
  const content = response.content;
  if (!content || typeof content !== 'object' || Object.keys(content).length === 0) {
    return [{ message: `Error response has no body: declare content ${PROBLEM} with the Problem schema` }];
  }
  const results = [];
  if (!content[PROBLEM]) {
    results.push({ message: `Error response is not ${PROBLEM}`, path: [...context.path, 'content'] });
  }
  for (const type of Object.keys(content)) {
    if (type !== PROBLEM && type !== 'application/problem+xml') {
      results.push({ message: `Error response offers '${type}': errors are ${PROBLEM} only`, path: [...context.path, 'content', type] });
    }
  }
  return results;
}
