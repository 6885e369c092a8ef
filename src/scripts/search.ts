/**
 * `<parallax-search>`: enhances the search form of `/search/` into search-as-you-type. fuse.js
 * and `/search-index.json` are loaded only when search is first used (focus or typing in the
 * box, or a `?q=` in the URL). The query and filters live in the URL. Results are built with DOM
 * APIs (`textContent`, never `innerHTML`), so indexed text is always text.
 *
 * Keyboard: ↓ from the box moves to the results, ↑/↓ between them, Enter follows one, Escape
 * goes back to the box (and clears it when already there).
 */
import type { Searcher } from '../lib/search/engine.ts';
import {
  FILTER_PARAMS,
  RESULT_LIMIT,
  SEARCH_INDEX_PATH,
  searchShardPath,
  SEARCH_INDEX_VERSION,
  numberToken,
  numbersIn,
  prepareQuery,
  type FilterParam,
  type SearchIndexFile,
  type SearchRecord,
} from '../lib/search/options.ts';

const KIND_LABEL: Record<SearchRecord['kind'], string> = {
  sentence: 'Sentence',
  heading: 'Heading',
  quote: 'Quote',
};
const SNIPPET_MAX = 260;

class ParallaxSearch extends HTMLElement {
  /** Loaded indexes: '' the whole site's, else a story's shard (when the page offers shards). */
  #searchers = new Map<string, Promise<Searcher>>();
  #timer = 0;
  /** The query and filters last shown, so an unchanged search does not rebuild (and unfocus). */
  #shown = '';
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !input || !status || !list) return;
    [this.#form, this.#input, this.#status, this.#list] = [form, input, status, list];
    this.dataset['enhanced'] = '';

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of FILTER_PARAMS) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLSelectElement) field.value = params.get(name) ?? '';
    }

    input.addEventListener('focus', () => void this.#load(this.#filters().story), { once: true });
    input.addEventListener('input', () => this.#schedule());
    form.addEventListener('change', () => this.#schedule(0));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run().then(() => this.#focusResult(0));
    });
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    list.addEventListener('keydown', (event) => this.#onListKey(event));

    if (input.value.trim() || FILTER_PARAMS.some((name) => params.get(name))) void this.#run();
  }

  /**
   * Loads the index a search needs: the story's shard when a story is chosen and the site has
   * shards (`data-shards`), so searching one story of an archive does not fetch the archive;
   * otherwise the whole site's index.
   */
  #load(story = ''): Promise<Searcher> {
    const key = this.dataset['shards'] !== undefined ? story : '';
    let searcher = this.#searchers.get(key);
    if (!searcher) {
      searcher = (async () => {
        const [{ default: Fuse }, { createSearcher }, response] = await Promise.all([
          import('fuse.js'),
          import('../lib/search/engine.ts'),
          fetch(key ? searchShardPath(key) : SEARCH_INDEX_PATH),
        ]);
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        const file = (await response.json()) as SearchIndexFile;
        if (file.version !== SEARCH_INDEX_VERSION) throw new Error('search index: unknown version');
        return createSearcher(Fuse, file);
      })();
      this.#searchers.set(key, searcher);
      searcher.catch(() => this.#searchers.delete(key));
    }
    return searcher;
  }

  #schedule(delay = 120): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#run(), delay);
  }

  #filters(): Record<FilterParam, string> {
    const values = {} as Record<FilterParam, string>;
    for (const name of FILTER_PARAMS) {
      const field = this.#form.elements.namedItem(name);
      values[name] = field instanceof HTMLSelectElement ? field.value : '';
    }
    return values;
  }

  async #run(): Promise<void> {
    const raw = this.#input.value.trim();
    const filters = this.#filters();
    this.#syncUrl(raw, filters);
    const key = JSON.stringify([raw, filters]);
    if (key === this.#shown) return;
    const query = prepareQuery(raw);
    const filtered = Object.values(filters).some(Boolean);
    if (!query && !filtered) {
      this.#shown = key;
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.removeAttribute('data-empty');
      return;
    }
    let searcher: Searcher;
    try {
      const key = this.dataset['shards'] !== undefined ? filters.story : '';
      if (!this.#searchers.has(key)) this.#status.textContent = 'Loading the search index…';
      searcher = await this.#load(filters.story);
    } catch {
      this.#status.textContent =
        'Search could not load. Browse the quotes and claims pages instead.';
      return;
    }
    // A newer query may have run while the index loaded.
    if (this.#input.value.trim() !== raw) return;
    const matches = (record: SearchRecord): boolean =>
      (!filters.story || record.story === filters.story) &&
      (!filters.source || record.article === filters.source) &&
      (!filters.speaker || record.speakers.includes(filters.speaker)) &&
      (!filters.kind || record.kind === filters.kind);
    let results: Array<{ record: SearchRecord; ranges: ReadonlyArray<readonly [number, number]> }>;
    let count: number;
    if (query) {
      const outcome = searcher.search(raw, matches, RESULT_LIMIT);
      // Numbers match through the record's number tokens: mark where the text writes them.
      const numbers = new Set(query.split(' ').filter((word) => /^n\d+n$/.test(word)));
      results = outcome.hits.map((hit) => ({
        record: hit.record,
        // A logical query reports one match per word: mark them all.
        ranges: [
          ...hit.matches.filter((item) => item.key === 'text').flatMap((item) => item.indices),
          ...numbersIn(hit.record.text)
            .filter((number) => numbers.has(numberToken(number.value)))
            .map((number) => [number.start, number.end - 1] as const),
        ],
      }));
      count = outcome.total;
    } else {
      const all = searcher.records.filter(matches);
      results = all.slice(0, RESULT_LIMIT).map((record) => ({ record, ranges: [] }));
      count = all.length;
    }
    this.#shown = key;
    this.#list.replaceChildren(
      ...results.map(({ record, ranges }) => renderResult(record, ranges)),
    );
    const what = raw ? ` for “${raw}”` : '';
    this.#status.textContent =
      count === 0
        ? `No results${what}. Try fewer or other words, or clear the filters.`
        : `${count} result${count === 1 ? '' : 's'}${what}${count > results.length ? `, showing the first ${results.length}` : ''}.`;
    this.toggleAttribute('data-empty', count === 0);
  }

  #syncUrl(query: string, filters: Record<FilterParam, string>): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const name of FILTER_PARAMS) if (filters[name]) params.set(name, filters[name]);
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  #focusResult(index: number): void {
    this.#links()[index]?.focus();
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && this.#links().length) {
      event.preventDefault();
      this.#focusResult(0);
    } else if (event.key === 'Escape' && this.#input.value) {
      event.preventDefault();
      this.#input.value = '';
      this.#schedule(0);
    }
  }

  #onListKey(event: KeyboardEvent): void {
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at === 0) this.#input.focus();
      else links[at - 1]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.focus();
    }
  }
}

function renderResult(
  record: SearchRecord,
  ranges: ReadonlyArray<readonly [number, number]>,
): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `/articles/${encodeURIComponent(record.article)}/#${record.anchor}`;
  link.className = 'search-result';
  const meta = document.createElement('span');
  meta.className = 'search-result-meta';
  const parts = [record.source, KIND_LABEL[record.kind]];
  if (record.speakers.length) parts.push(record.speakers.join(', '));
  else if (record.kind === 'quote') parts.push('speaker unknown');
  meta.textContent = parts.join(' · ');
  const snippet = document.createElement('span');
  snippet.className = 'search-result-text';
  snippet.append(...highlight(record.text, ranges));
  link.append(meta, snippet);
  item.append(link);
  return item;
}

/** The text (cut to a window round the first match when long) with matched words in `<mark>`. */
function highlight(text: string, indices: ReadonlyArray<readonly [number, number]>): Node[] {
  const ranges = indices
    .filter(([start, end]) => end - start >= 1)
    .map(([start, end]) => [start, end + 1] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_MAX) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, first - 80);
    to = Math.min(text.length, from + SNIPPET_MAX);
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  }
  const nodes: Node[] = [];
  if (from > 0) nodes.push(document.createTextNode('…'));
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, at);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > at) nodes.push(document.createTextNode(text.slice(at, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    nodes.push(mark);
    at = e;
  }
  if (at < to) nodes.push(document.createTextNode(text.slice(at, to)));
  if (to < text.length) nodes.push(document.createTextNode('…'));
  return nodes;
}

if (!customElements.get('parallax-search'))
  customElements.define('parallax-search', ParallaxSearch);
