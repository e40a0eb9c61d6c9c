import { describe, expect, it } from 'vitest';
import { detectGitDriver, gitSpecPath, looksLikeGitSpec } from '../../src/diff/git.js';

describe("git's calling convention for a diff driver", () => {
  const hex = 'a8926a52d8dcba5c4386945476ab6a2ad008afd4';

  it('recognises the seven arguments, with /dev/null for a side that does not exist', () => {
    expect(detectGitDriver(['x.yaml', '/tmp/git-blob-1/x.yaml', hex, '100644', 'x.yaml', '0'.repeat(40), '100644'])).toEqual({
      path: 'x.yaml',
      newPath: 'x.yaml',
      oldFile: '/tmp/git-blob-1/x.yaml',
      newFile: 'x.yaml',
    });
    expect(detectGitDriver(['new.yaml', '/dev/null', '.', '.', 'new.yaml', hex, '100644'])).toMatchObject({ oldFile: null, newFile: 'new.yaml' });
    expect(detectGitDriver(['gone.yaml', '/tmp/g/gone.yaml', hex, '100644', '/dev/null', '.', '.'])).toMatchObject({ oldFile: '/tmp/g/gone.yaml', newFile: null });
  });

  it('recognises the nine arguments of a rename, and takes the new path', () => {
    const call = detectGitDriver(['x.yaml', '/tmp/a/x.yaml', hex, '100644', '/tmp/b/y.yaml', hex, '100644', 'y.yaml', 'similarity index 100%\nrename from x.yaml\nrename to y.yaml\n']);
    expect(call).toEqual({ path: 'x.yaml', newPath: 'y.yaml', oldFile: '/tmp/a/x.yaml', newFile: '/tmp/b/y.yaml' });
  });

  it('leaves seven ordinary file names alone: a timeline', () => {
    expect(detectGitDriver(['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml', 'f.yaml', 'g.yaml'])).toBeUndefined();
    expect(detectGitDriver(['a.yaml', 'b.yaml'])).toBeUndefined();
  });
});

describe('rev:path specs', () => {
  it('tells a git spec from a Windows path, and finds its path for config overrides', () => {
    expect(looksLikeGitSpec('HEAD~1:structures/kkr.yaml')).toBe(true);
    expect(looksLikeGitSpec(':structures/kkr.yaml')).toBe(true);
    expect(looksLikeGitSpec('C:\\structures\\kkr.yaml')).toBe(false);
    expect(looksLikeGitSpec('structures/kkr.yaml')).toBe(false);
    expect(gitSpecPath('v2023:./structures/kkr.yaml')).toBe('structures/kkr.yaml');
  });
});
