// RAC_GEN_FORMAT_003: a property named like a date (*At, *Date, date) is an RFC 3339
// string: format date (full-date) or date-time. Looks through allOf/anyOf/oneOf wrappers.
const DATE_FORMATS = ['date', 'date-time'];

function hasDateFormat(schema, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 5) return false;
  if (DATE_FORMATS.includes(schema.format)) return true;
  return ['allOf', 'anyOf', 'oneOf'].some(
    (k) => Array.isArray(schema[k]) && schema[k].some((s) => hasDateFormat(s, depth + 1)),
  );
}

export default function dateFormat(schema, _opts, context) {
  if (hasDateFormat(schema)) return [];
  const name = context.path[context.path.length - 1];
  const got = schema && schema.format ? `format '${schema.format}'` : 'no format';
  return [{ message: `Property '${name}' looks like a date but has ${got}: use type string with format date or date-time` }];
}
