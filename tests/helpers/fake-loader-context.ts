/**
 * An in-memory stand-in for Astro's data store and loader context, for testing loaders without
 * a build: entries live in a Map, `parseData` returns the data unchanged (and records the ids it
 * saw), the logger keeps its messages (info in `logs`, warnings in `warns`).
 */
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

export interface FakeEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
}

export function fakeLoaderContext(root: string) {
  const entries = new Map<string, FakeEntry>();
  const logs: string[] = [];
  const warnings: string[] = [];
  const parsed: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: FakeEntry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    has: (id: string) => entries.has(id),
  };
  const context = {
    collection: 'articles',
    store,
    logger: {
      info: (message: string) => logs.push(message),
      warn: (message: string) => warnings.push(message),
      error: () => {},
    },
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: string) => `${data.length}:${data}`,
  } as unknown as LoaderContext;
  return { context, entries, logs, parsed, warnings, warns: warnings };
}
