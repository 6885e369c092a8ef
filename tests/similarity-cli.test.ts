import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'parallax-similarity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/similarity.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SAME_A = 'Russian forces have made gradual advances in eastern and southern Ukraine.';
const SAME_B = 'Russian forces have methodically advanced in eastern and southern Ukraine.';
const OTHER = 'The New START treaty, the last arms pact between the two powers, expires in 2026.';

// Each test starts Node once or twice, which takes seconds when the machine is busy.
describe('npm run similarity', { timeout: 30_000 }, () => {
  it('prints one score and decision per input line, in order', () => {
    const r = run(
      file('pairs.tsv', `${SAME_A}\t${SAME_B}\nno tab on this line\n${SAME_A}\t${OTHER}\n`),
    );
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^0\.\d{4}\t1$/);
    expect(lines[1]).toBe('0\t0');
    expect(lines[2]).toMatch(/^0\.\d{4}\t0$/);
    expect(Number(lines[0]?.split('\t')[0])).toBeGreaterThan(Number(lines[2]?.split('\t')[0]));
  });

  it('--eval scores labelled pairs in both layouts and names skipped lines', () => {
    const simple = run(
      '--eval',
      file('simple.tsv', `1\t${SAME_A}\t${SAME_B}\n0\t${SAME_A}\t${OTHER}\nx\ty\tz\n`),
    );
    expect(simple.status).toBe(0);
    expect(simple.stdout).toContain('2 labelled pairs, 1 positive');
    expect(simple.stdout).toMatch(/engine decision +precision 1\.000 +recall 1\.000 +F1 1\.000/);
    expect(simple.stderr).toMatch(/simple\.tsv:3: no 0\/1 label/);

    const msrp = run(
      '--eval',
      file(
        'msrp.txt',
        `Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t11\t12\t${SAME_A}\t${SAME_B}\n0\t13\t14\t${SAME_B}\t${OTHER}\n`,
      ),
    );
    expect(msrp.status).toBe(0);
    expect(msrp.stderr).toBe('');
    expect(msrp.stdout).toContain('2 labelled pairs, 1 positive');
  });

  it('fails with the file name when the input cannot be read', () => {
    const r = run(join(dir, 'missing.tsv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.tsv');
  });

  it('--fit TRAINFILE picks the threshold on the training file and reports it on the eval file', () => {
    const train = file('train.tsv', `1\t${SAME_A}\t${SAME_B}\n0\t${SAME_A}\t${OTHER}\n`);
    const test = file('test.tsv', `1\t${SAME_B}\t${SAME_A}\n0\t${SAME_B}\t${OTHER}\n`);
    const r = run('--eval', test, '--fit', train);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /threshold \d\.\d\d \(fitted on train\) +precision 1\.000 +recall 1\.000 +F1 1\.000 +accuracy 1\.000/,
    );
    expect(run('--fit', train).status).toBe(2);
  });
});
