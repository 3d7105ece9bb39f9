// ESLint flat config: TypeScript and hooks rules, plus the import boundaries of docs/conventions.md rules 39 and 45
// (a feature never imports another; shared code never imports a feature or a route; src/locales takes only the
// features' messages).
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature never imports another feature: compose them in src/app/routes instead.',
}));

const sharedZones = ['components', 'lib', 'config', 'testing'].map((shared) => ({
  target: `./src/${shared}`,
  from: ['./src/features', './src/app'],
  message: 'Shared code never imports a feature or a route.',
}));

// why: src/locales/resources.ts assembles every feature's messages, which lib/i18n.ts loads; messages are data, but a
// feature's code reached from there would make shared code depend on a feature
const localesZone = {
  target: './src/locales',
  from: './src/features',
  except: features.map((feature) => `./${feature}/locales`),
  message: "src/locales imports only the features' locales folders (their messages), nothing else of a feature.",
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/lib/api/schema.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            ...sharedZones,
            localesZone,
            { target: './src/features', from: './src/app', message: 'Features never import the app layer.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
