// RAC_REST_FORMAT_003 + docs/conventions.md rule 47: enum values are non-null strings in UPPER_SNAKE_CASE.
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export default function enumUpperSnake(values, _opts, context) {
  if (!Array.isArray(values)) return [];
  const results = [];
  values.forEach((v, i) => {
    if (v === null) {
      results.push({ message: 'Enum contains null: enums are never null, make the property optional instead', path: [...context.path, i] });
    } else if (typeof v !== 'string') {
      results.push({ message: `Enum value ${JSON.stringify(v)} is not a string`, path: [...context.path, i] });
    } else if (!UPPER_SNAKE.test(v)) {
      results.push({ message: `Enum value '${v}' is not UPPER_SNAKE_CASE`, path: [...context.path, i] });
    }
  });
  return results;
}
