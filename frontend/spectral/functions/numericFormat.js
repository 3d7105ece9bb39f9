// RAC_REST_FORMAT_004: every integer/number schema declares its size with `format`.
const ALLOWED = {
  integer: ['int32', 'int64'],
  number: ['float', 'double', 'decimal'],
};

export default function numericFormat(schema, _opts, context) {
  if (!schema || typeof schema !== 'object') return [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const kind = types.includes('integer') ? 'integer' : types.includes('number') ? 'number' : null;
  if (!kind) return [];
  if (schema.format === undefined) {
    return [{ message: `Schema of type ${kind} has no format (use ${ALLOWED[kind].join('/')})` }];
  }
  // number may also be an integer format (int32/int64) when the value is whole.
  const ok = kind === 'integer' ? ALLOWED.integer : [...ALLOWED.number, ...ALLOWED.integer];
  if (!ok.includes(schema.format)) {
    return [{ message: `Schema of type ${kind} has format '${schema.format}', expected ${ok.join('/')}`, path: [...context.path, 'format'] }];
  }
  return [];
}
