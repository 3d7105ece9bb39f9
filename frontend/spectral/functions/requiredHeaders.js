// RAC_ROBUSTEZZA_001/002: a response declares the given headers (case-insensitive, as HTTP is).
export default function requiredHeaders(response, opts, context) {
  if (!response || typeof response !== 'object') return [];
  const declared = Object.keys(response.headers || {}).map((h) => h.toLowerCase());
  return (opts.headers || [])
    .filter((h) => !declared.includes(h.toLowerCase()))
    .map((h) => ({ message: `Response does not declare header ${h}` }));
}
