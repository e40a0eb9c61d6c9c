import { describe, expect, it } from 'vitest';
import { collectFiles, globToRegExp } from '../../src/load/collect-files.js';
import { ROOT } from '../cli/run-cli.js';

describe('collectFiles', () => {
  it('finds .yaml and .yml files in folders, sorted and without duplicates', async () => {
    const { files, missing } = await collectFiles(['test/fixtures/two-files', 'test/fixtures/two-files/a.yaml'], ROOT);
    expect(files).toEqual(['test/fixtures/two-files/a.yaml', 'test/fixtures/two-files/b.yml']);
    expect(missing).toEqual([]);
  });

  it('expands globs and reports a pattern that matches nothing', async () => {
    expect((await collectFiles(['test/fixtures/**/*.yml'], ROOT)).files).toEqual(['test/fixtures/two-files/b.yml']);
    expect((await collectFiles(['test/fixtures/*.nothing'], ROOT)).missing).toEqual([
      { pattern: 'test/fixtures/*.nothing', message: 'No files match the pattern test/fixtures/*.nothing.' },
    ]);
  });

  it('translates glob syntax', () => {
    expect(globToRegExp('**/*.yaml').test('a/b/c.yaml')).toBe(true);
    expect(globToRegExp('**/*.yaml').test('c.yaml')).toBe(true);
    expect(globToRegExp('*.yaml').test('a/c.yaml')).toBe(false);
    expect(globToRegExp('k?r.y[am]ml').test('kkr.yaml')).toBe(true);
  });
});
