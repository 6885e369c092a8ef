/**
 * The module picture of `src/lib/`: stage folders in pipeline order, each importing only from
 * stages before it (or from itself), no cycle between files, and nothing from Astro.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(new URL('../src/lib', import.meta.url).pathname);

/**
 * Stages in pipeline order. A stage may import from stages of a lower rank; stages of one rank
 * are independent of each other. A new stage folder must be placed here.
 */
const RANK: Record<string, number> = {
  model: 0,
  text: 1,
  input: 2,
  parse: 3,
  facts: 4,
  corpus: 5,
  quotes: 5,
  align: 5,
  disagreements: 6,
  stories: 7,
  publish: 8,
  search: 9,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(LIB);
const importsOf = new Map(
  files.map((file) => {
    const code = readFileSync(file, 'utf8');
    const specs = [...code.matchAll(/^(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1]!,
    );
    return [file, specs] as const;
  }),
);
const stageOf = (file: string) => relative(LIB, file).split('/')[0]!;

describe('src/lib architecture', () => {
  it('has only known stage folders, each with an index.ts face', () => {
    const stages = [...new Set(files.map(stageOf))].sort();
    expect(stages.filter((stage) => !(stage in RANK))).toEqual([]);
    for (const stage of stages) expect(files).toContain(join(LIB, stage, 'index.ts'));
  });

  it('imports only from earlier stages or its own, and never from Astro', () => {
    const problems: string[] = [];
    for (const [file, specs] of importsOf) {
      for (const spec of specs) {
        if (/^astro(?:[:/]|$)/.test(spec)) problems.push(`${relative(LIB, file)} imports ${spec}`);
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(`${LIB}/`)) {
          problems.push(`${relative(LIB, file)} reaches outside src/lib: ${spec}`);
          continue;
        }
        const [from, to] = [stageOf(file), stageOf(target)];
        if (from !== to && !(RANK[to]! < RANK[from]!)) {
          problems.push(`${relative(LIB, file)} (${from}) imports ${to}: ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const edges = new Map(
      [...importsOf].map(([file, specs]) => [
        file,
        specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s)),
      ]),
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => relative(LIB, f)).join(' → '),
        );
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
