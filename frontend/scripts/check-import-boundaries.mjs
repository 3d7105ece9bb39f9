// Proves the ESLint import boundaries (docs/conventions.md rules 39 and 45) fire: a feature importing another feature,
// shared code importing a feature, and src/locales importing a feature's code must each be an error; a feature
// importing shared code, and src/locales importing a feature's messages, must not.
import { ESLint } from 'eslint';

const eslint = new ESLint();
const cases = [
  {
    file: 'src/features/sessions/components/probe.tsx',
    code: "import { usePlan } from '../../plans/api/get-plan';\nexport const x = usePlan;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'src/components/layout/probe.tsx',
    code: "import { usePlan } from '../../features/plans/api/get-plan';\nexport const x = usePlan;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'src/lib/probe.ts',
    code: "import { createAppRouter } from '../app/router';\nexport const x = createAppRouter;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'src/locales/probe.ts',
    code: "import { usePlan } from '../features/plans/api/get-plan';\nexport const x = usePlan;\n",
    rule: 'import-x/no-restricted-paths',
  },
  { file: 'src/locales/probe.ts', code: "import { it } from '../features/plans/locales/it';\nexport const x = it;\n", rule: null },
  { file: 'src/features/plans/components/probe.tsx', code: "import { apiClient } from '../../../lib/api/client';\nexport const x = apiClient;\n", rule: null },
];

let failed = 0;
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.file });
  const hits = result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths');
  const ok = c.rule ? hits.length > 0 : hits.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.file}: ${c.rule ? 'must be refused' : 'must be allowed'} (${hits.length} boundary error(s))`);
  if (!ok) failed++;
}
if (failed) {
  console.error(`${failed} boundary case(s) did not behave as expected`);
  process.exit(1);
}
