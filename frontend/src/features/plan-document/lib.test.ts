import { describe, expect, it } from 'vitest';
import { chapterAnchor, diffMarker, fileSize, isRunning, paragraphs, shortHash } from './lib';

describe('plan document helpers', () => {
  it('splits paragraphs at blank lines and drops empty ones', () => {
    expect(paragraphs('Uno.\n\n  \nDue\nriga.\n\n')).toEqual(['Uno.', 'Due\nriga.']);
    expect(paragraphs(undefined)).toEqual([]);
  });

  it('makes anchors safe for ids', () => {
    expect(chapterAnchor(0, { key: 'context' })).toBe('cap-1-context');
    expect(chapterAnchor(4, { key: 'a b/c' })).toBe('cap-5-abc');
  });

  it('marks diff lines with a character, not only a colour', () => {
    expect(diffMarker('ADDED')).toBe('+');
    expect(diffMarker('REMOVED')).toBe('−');
    expect(diffMarker('UNCHANGED')).toBe(' ');
  });

  it('tells running jobs from finished ones', () => {
    expect(isRunning({ status: 'QUEUED' })).toBe(true);
    expect(isRunning({ status: 'RUNNING' })).toBe(true);
    expect(isRunning({ status: 'DONE' })).toBe(false);
    expect(isRunning(undefined)).toBe(false);
  });

  it('shortens hashes and formats sizes', () => {
    expect(shortHash('a'.repeat(64))).toBe('aaaaaaaaaaaa');
    expect(fileSize(2048, 'en')).toBe('2 KB');
    expect(fileSize(3 * 1024 * 1024 + 512 * 1024, 'it')).toBe('3,5 MB');
  });
});
