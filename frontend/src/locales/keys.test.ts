import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import { it } from './it';

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

// why: a key typed wrong renders as the raw key to a user; this catches every literal t('…') and every zod message key
describe('i18n keys used in the source', () => {
  const root = join(__dirname, '..');
  const keys = new Set<string>();
  for (const file of files(root)) {
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
    expect(exists(it, key), `it: ${key}`).toBe(true);
    expect(exists(en, key), `en: ${key}`).toBe(true);
  });
});
