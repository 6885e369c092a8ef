/**
 * Validity gate: the W3C Nu HTML checker (vnu-jar, run with the system Java) over every built
 * HTML page, in one run. Any error fails, with its page, line and message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, listPages } from './pages.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);
const VNU_JAR = resolve(require.resolve('vnu-jar'), '../build/dist/vnu.jar');

describe('HTML validity (Nu HTML checker)', () => {
  it('every built page has zero errors', () => {
    const pages = listPages();
    const run = spawnSync(
      process.env.JAVA ?? 'java',
      ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--verbose', SITE_DIR],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    if (run.error) throw new Error(`cannot run java for vnu.jar: ${run.error.message}`);
    // --verbose lists each checked file on stdout; the JSON report goes to stderr.
    const checked = run.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.endsWith('.html'))
      .map((line) => resolve(line));
    expect(checked.sort()).toEqual(pages.map((page) => page.path).sort());

    const jsonStart = run.stderr.indexOf('{');
    expect(jsonStart, `vnu printed no JSON report:\n${run.stderr}`).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(run.stderr.slice(jsonStart)) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type !== 'info');
    const allWarnings = report.messages.filter(
      (m) => m.type === 'info' && m.subType === 'warning' && m.url?.endsWith('.html'),
    );
    // vnu checks files through file: URLs, under which the pages' 'self' security policy cannot
    // hold; Chromium, loading them over http, reports no policy violation (tests/e2e/hostile).
    const policyAlarm = (m: VnuMessage) => /content.security.policy|\bCSP\b/i.test(m.message);
    const warnings = allWarnings.filter((m) => !policyAlarm(m));
    console.log(
      `validity: ${pages.length} pages checked by vnu, ${errors.length} errors, ` +
        `${warnings.length} warnings (${allWarnings.length - warnings.length} security-policy ` +
        'warnings of file: URLs not shown)',
    );
    const describe = (m: VnuMessage): string =>
      `${(m.url ?? '').replace(`file:${SITE_DIR}`, '')}:${m.lastLine ?? '?'} ${m.message}` +
      (m.extract ? `\n      ${m.extract.replace(/\n/g, ' ')}` : '');
    // Warnings do not fail the gate; list each kind once with how many pages have it.
    const kinds = Map.groupBy(warnings, (m) => m.message.replace(/“[^”]*”/g, '“…”'));
    for (const [message, list] of kinds) {
      console.log(`  warning ×${list.length}: ${message} (e.g. ${describe(list[0]!)})`);
    }
    expect(errors.map(describe)).toEqual([]);
    expect(run.status).toBe(0);
  });
});
