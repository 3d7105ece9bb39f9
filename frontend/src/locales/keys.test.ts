import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it as test } from 'vitest';
import { featureMessages, resources, sharedMessages } from './resources';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(messages: object, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** Every key path of a messages tree that ends in a text, sorted. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([name, value]) => (typeof value === 'object' && value ? keysOf(value, `${prefix}${name}.`) : [`${prefix}${name}`]))
    .sort();
}

const src = join(__dirname, '..');

// why: a key typed wrong renders as the raw key to a user; this catches every literal t('…') and every zod message key
describe('i18n keys used in the source', () => {
  const keys = new Set<string>();
  for (const file of files(src)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) keys.add(m[1]!);
    for (const m of source.matchAll(/'(errors\.field\.[a-z-]+)'/g)) keys.add(m[1]!);
  }

  test('finds the keys it checks', () => {
    expect(keys.size).toBeGreaterThan(150);
  });

  // why: a plural key (`count`) exists as its CLDR forms (`count_one`, `count_other`)
  const exists = (messages: object, key: string) => has(messages, key) || (has(messages, `${key}_one`) && has(messages, `${key}_other`));

  test.each([...keys].sort())('%s exists in Italian and English', (key) => {
    expect(exists(resources.it.translation, key), `it: ${key}`).toBe(true);
    expect(exists(resources.en.translation, key), `en: ${key}`).toBe(true);
  });
});

// why: English is typed as the Italian shape, but a cast or an `as` could slip past the compiler; a key only one
// language has shows the raw key (or the other language) to half the users
describe('each feature owns its messages, the same keys in Italian and English', () => {
  const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  test.each(Object.keys(featureMessages).sort())('%s', (key) => {
    const messages = featureMessages[key as keyof typeof featureMessages];
    expect(existsSync(join(src, 'features', kebab(key), 'locales')), `features/${kebab(key)}/locales`).toBe(true);
    expect(keysOf(messages.it).length).toBeGreaterThan(0);
    expect(keysOf(messages.en)).toEqual(keysOf(messages.it));
  });

  test('app-level messages', () => {
    expect(keysOf(sharedMessages.en)).toEqual(keysOf(sharedMessages.it));
  });

  // why: a feature's locales folder that resources.ts does not assemble would leave all its keys missing at run time
  test('every feature locales folder is assembled, under a key no app-level message uses', () => {
    const folders = readdirSync(join(src, 'features')).filter((feature) => existsSync(join(src, 'features', feature, 'locales')));
    expect(Object.keys(featureMessages).map(kebab).sort()).toEqual(folders.sort());
    for (const key of Object.keys(featureMessages)) expect(Object.keys(sharedMessages.it)).not.toContain(key);
  });
});
