/**
 * `<parallax-search>`: enhances the search form of `/search/` into search-as-you-type. fuse.js
 * and the index are loaded only when search is first used (focus or typing in the box, or a
 * `?q=` in the URL). The query and filters live in the URL. Results are built with DOM APIs
 * (`textContent`, never `innerHTML`), so indexed text is always text.
 *
 * What it loads: on a single-story site, `/search-index.json`. On a site of several stories
 * (`data-shards`), a search within one story loads that story's shard; a search over all stories
 * loads the story directory (`/search-stories.json`), which says which stories can match and
 * ranks them, then those stories' shards, a round at a time (`data-shards`, default
 * `SHARDS_PER_ROUND`), best first, results shown
 * as each arrives; "Search more stories" loads the next round.
 *
 * Keyboard: ↓ from the box moves to the results, ↑/↓ between them, Enter follows one, Escape
 * goes back to the box (and clears it when already there).
 */
import type { Searcher } from '../lib/search/engine.ts';
import type { DirectoryStory, SearchDirectory, StoryPicker } from '../lib/search/directory.ts';
import {
  FILTER_PARAMS,
  RESULT_LIMIT,
  SEARCH_DIRECTORY_PATH,
  SEARCH_DIRECTORY_VERSION,
  SEARCH_INDEX_PATH,
  SHARDS_AT_ONCE,
  SHARDS_PER_ROUND,
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

type Ranges = ReadonlyArray<readonly [number, number]>;

/** The loaded story directory: its picker, and each story's title for the results. */
interface Picker {
  pick: StoryPicker;
  titles: Map<string, string>;
}

/** The results of one index: at most `RESULT_LIMIT`, best first, and how many match in all. */
interface Found {
  results: Array<{ record: SearchRecord; ranges: Ranges; score: number }>;
  count: number;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

class ParallaxSearch extends HTMLElement {
  /** Loaded indexes: '' the whole site's, else a story's shard (when the page offers shards). */
  #searchers = new Map<string, Promise<Searcher>>();
  /** The story directory's picker, once loaded (sites of several stories). */
  #picker: Promise<Picker> | null = null;
  /**
   * Each loaded shard's sources and speakers (sites of several stories): the page lists none, so
   * that it does not grow with the archive, and the filters offer those of the chosen story.
   */
  #choices = new Map<
    string,
    { source: Array<[string, string]>; speaker: Array<[string, string]> }
  >();
  #timer = 0;
  /** The query and filters last shown, so an unchanged search does not rebuild (and unfocus). */
  #shown = '';
  /** Every search started: a slower, older one stops when it sees a newer one. */
  #generation = 0;
  /**
   * How many of the stories that can match an all-stories search it searches: null for the
   * first round, then what the reader asked for; `#searched` is how many the last one searched.
   */
  #reach: number | null = null;
  #reachFor = '';
  #searched = 0;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more: HTMLButtonElement | null = null;
  /** A story named by the URL that the page does not list, until the directory lists it. */
  #storyFromUrl = '';

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !input || !status || !list) return;
    [this.#form, this.#input, this.#status, this.#list] = [form, input, status, list];
    this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    this.dataset['enhanced'] = '';

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of FILTER_PARAMS) {
      const field = form.elements.namedItem(name);
      if (!(field instanceof HTMLSelectElement)) continue;
      // A site of several stories lists no source or speaker until a story's shard is loaded:
      // one from the URL is offered meanwhile. Any other value the page does not list is ignored.
      const value = params.get(name) ?? '';
      const listedLater = this.#sharded() && (name === 'source' || name === 'speaker');
      if (listedLater) setChoices(field, null, value);
      else field.value = value;
      // A story the page does not list may be one of the archive's older ones: the directory
      // says, before the search runs.
      if (
        name === 'story' &&
        value &&
        field.value !== value &&
        field.dataset['more'] !== undefined
      ) {
        this.#storyFromUrl = value;
      }
    }
    // A long archive's page lists its newest stories only: the others come with the directory,
    // loaded as soon as the reader reaches for the story filter.
    const storyField = form.elements.namedItem('story');
    if (storyField instanceof HTMLSelectElement && storyField.dataset['more'] !== undefined) {
      const loadStories = () => void this.#loadPicker().catch(() => {});
      storyField.addEventListener('focus', loadStories, { once: true });
      storyField.addEventListener('pointerdown', loadStories, { once: true });
    }

    input.addEventListener(
      'focus',
      () => {
        const { story } = this.#filters();
        void (this.#sharded() && !story ? this.#loadPicker() : this.#load(story)).catch(() => {});
      },
      { once: true },
    );
    input.addEventListener('input', () => this.#schedule());
    form.addEventListener('change', () => this.#schedule(0));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run().then(() => this.#focusResult(0));
    });
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    list.addEventListener('keydown', (event) => this.#onListKey(event));
    this.#more?.addEventListener('click', () => {
      if (this.hasAttribute('aria-busy')) return;
      this.#reach = this.#searched + this.#perRound();
      void this.#run().then(() => {
        if (this.#more?.hidden) this.#input.focus();
      });
    });

    if (input.value.trim() || FILTER_PARAMS.some((name) => params.get(name))) {
      const ready = this.#storyFromUrl ? this.#loadPicker().catch(() => {}) : Promise.resolve();
      void ready.then(() => this.#run());
    }
  }

  /** Stories an all-stories search searches per round: `data-shards`, else the default. */
  #perRound(): number {
    return Math.max(1, Number(this.dataset['shards']) || SHARDS_PER_ROUND);
  }

  /** The site has a shard per story (several stories). */
  #sharded(): boolean {
    return this.dataset['shards'] !== undefined;
  }

  /**
   * Loads the index a search needs: the story's shard when a story is chosen and the site has
   * shards (`data-shards`), so searching one story of an archive does not fetch the archive;
   * otherwise the whole site's index.
   */
  #load(story = ''): Promise<Searcher> {
    const key = this.#sharded() ? story : '';
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
        if (key) this.#choices.set(key, choicesOf(file.records));
        return createSearcher(Fuse, file);
      })();
      this.#searchers.set(key, searcher);
      searcher.catch(() => this.#searchers.delete(key));
    }
    return searcher;
  }

  /** Loads the story directory (a site of several stories, searched as a whole). */
  #loadPicker(): Promise<Picker> {
    if (!this.#picker) {
      const picker = (async () => {
        const [{ createStoryPicker }, response] = await Promise.all([
          import('../lib/search/directory.ts'),
          fetch(SEARCH_DIRECTORY_PATH),
          // Wanted next, with the first shard: fetched beside the directory, not after it.
          import('fuse.js'),
          import('../lib/search/engine.ts'),
        ]);
        if (!response.ok) throw new Error(`search directory: HTTP ${response.status}`);
        const file = (await response.json()) as SearchDirectory;
        if (file.version !== SEARCH_DIRECTORY_VERSION) throw new Error('unknown version');
        this.#offerStories(file.stories);
        return {
          pick: createStoryPicker(file),
          titles: new Map(file.stories.map((story) => [story.id, story.title])),
        };
      })();
      this.#picker = picker;
      picker.catch(() => {
        if (this.#picker === picker) this.#picker = null;
      });
    }
    return this.#picker;
  }

  /** Lists every story of the directory in the story filter, when the page lists only some. */
  #offerStories(stories: readonly DirectoryStory[]): void {
    const field = this.#form.elements.namedItem('story');
    if (!(field instanceof HTMLSelectElement) || field.dataset['more'] === undefined) return;
    const known = new Set(stories.map((story) => story.id));
    const wanted = field.value || this.#storyFromUrl;
    const value = known.has(wanted) ? wanted : '';
    this.#storyFromUrl = '';
    setChoices(
      field,
      stories.map((story) => [story.id, story.title]),
      value,
    );
    delete field.dataset['more'];
  }

  /**
   * On a site of several stories, offers the chosen story's sources and speakers in their
   * filters (none when no story is chosen), keeping what is selected.
   */
  #offerChoices(story: string): void {
    if (!this.#sharded()) return;
    const choices = story ? this.#choices.get(story) : undefined;
    for (const name of ['source', 'speaker'] as const) {
      const field = this.#form.elements.namedItem(name);
      if (!(field instanceof HTMLSelectElement)) continue;
      // A source or speaker the chosen story does not have is dropped; with no story chosen,
      // one from a shared URL stays (the search then loads the stories that have it).
      const value = !choices || choices[name].some(([v]) => v === field.value) ? field.value : '';
      setChoices(field, choices?.[name] ?? [], value);
    }
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
    const search = JSON.stringify([raw, filters]);
    if (search !== this.#reachFor) [this.#reachFor, this.#reach] = [search, null];
    const allStories = this.#sharded() && !filters.story;
    const key = JSON.stringify([raw, filters, allStories ? this.#reach : 0]);
    if (key === this.#shown) return;
    const generation = ++this.#generation;
    const query = prepareQuery(raw);
    const filtered = Object.values(filters).some(Boolean);
    if (!query && !filtered) {
      this.#shown = key;
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.removeAttribute('data-empty');
      this.removeAttribute('aria-busy');
      if (this.#more) this.#more.hidden = true;
      return;
    }
    if (allStories) {
      this.#offerChoices('');
      return this.#runAll(raw, filters, key, generation);
    }
    let searcher: Searcher;
    try {
      const key = this.#sharded() ? filters.story : '';
      if (!this.#searchers.has(key)) this.#status.textContent = 'Loading the search index…';
      searcher = await this.#load(filters.story);
    } catch {
      this.#status.textContent =
        'Search could not load. Browse the quotes and claims pages instead.';
      return;
    }
    // A newer query may have run while the index loaded.
    if (generation !== this.#generation) return;
    this.#offerChoices(filters.story);
    const offered = this.#filters();
    if (offered.source !== filters.source || offered.speaker !== filters.speaker) {
      Object.assign(filters, offered);
      this.#syncUrl(raw, filters);
    }
    const { results, count } = this.#searchIn(searcher, raw, filters);
    this.#shown = key;
    if (this.#more) this.#more.hidden = true;
    this.removeAttribute('aria-busy');
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

  /**
   * A search over every story of a site of several: the directory picks the stories that can
   * match, best first; the first `#reach` of them are searched, their shards loaded
   * `SHARDS_AT_ONCE` at a time, the results merged by score and shown as each arrives.
   */
  async #runAll(
    raw: string,
    filters: Record<FilterParam, string>,
    key: string,
    generation: number,
  ): Promise<void> {
    let picker: Picker;
    try {
      if (!this.#picker) this.#status.textContent = 'Loading the list of stories…';
      picker = await this.#loadPicker();
    } catch {
      this.#status.textContent =
        'Search could not load. Browse the quotes and claims pages instead.';
      return;
    }
    if (generation !== this.#generation) return;
    const { stories, close, total } = picker.pick(raw, filters);
    // The first round: the likeliest stories, only those holding every word closely if any do.
    const end = this.#reach ?? Math.min(this.#perRound(), close || stories.length);
    const round = stories.slice(0, end);
    this.#searched = round.length;
    const found = new Map<string, Found>();
    let failed = 0;
    const show = (done: boolean) => {
      const rank = new Map(round.map((story, at) => [story.id, at]));
      const merged = [...found.entries()]
        .flatMap(([story, { results }]) => results.map((result) => ({ ...result, story })))
        .sort((a, b) => a.score - b.score || rank.get(a.story)! - rank.get(b.story)!)
        .slice(0, RESULT_LIMIT);
      const count = [...found.values()].reduce((sum, part) => sum + part.count, 0);
      this.#list.replaceChildren(
        ...merged.map(({ record, ranges, story }) =>
          renderResult(record, ranges, picker.titles.get(story)),
        ),
      );
      this.#status.textContent = allStoriesStatus({
        raw,
        count,
        shown: merged.length,
        searched: found.size,
        round: round.length,
        matching: stories.length,
        close,
        total,
        failed,
        done,
      });
      const remaining = stories.length - round.length;
      if (this.#more) {
        // Hidden while the first round loads; later rounds keep it (and its focus) in place.
        this.#more.hidden = remaining === 0 || (!done && this.#reach === null);
        this.#more.textContent = `Search ${plural(Math.min(this.#perRound(), remaining), 'more story', 'more stories')}`;
      }
      this.toggleAttribute('data-empty', done && count === 0 && remaining === 0);
      this.toggleAttribute('aria-busy', !done);
    };
    show(round.length === 0);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < round.length && generation === this.#generation) {
        const story: DirectoryStory = round[next++]!;
        try {
          const searcher = await this.#load(story.id);
          if (generation !== this.#generation) return;
          found.set(story.id, this.#searchIn(searcher, raw, filters));
        } catch {
          failed++;
        }
        if (generation === this.#generation && found.size + failed < round.length) show(false);
      }
    };
    await Promise.all(Array.from({ length: Math.min(SHARDS_AT_ONCE, round.length) }, worker));
    if (generation !== this.#generation) return;
    this.#shown = key;
    show(true);
  }

  /** Searches one index with the page's query and filters. */
  #searchIn(searcher: Searcher, raw: string, filters: Record<FilterParam, string>): Found {
    const query = prepareQuery(raw);
    const matches = (record: SearchRecord): boolean =>
      (!filters.story || record.story === filters.story) &&
      (!filters.source || record.article === filters.source) &&
      (!filters.speaker || record.speakers.includes(filters.speaker)) &&
      (!filters.kind || record.kind === filters.kind);
    if (!query) {
      const all = searcher.records.filter(matches);
      return {
        results: all.slice(0, RESULT_LIMIT).map((record) => ({ record, ranges: [], score: 0 })),
        count: all.length,
      };
    }
    const outcome = searcher.search(raw, matches, RESULT_LIMIT);
    // Numbers match through the record's number tokens: mark where the text writes them.
    const numbers = new Set(query.split(' ').filter((word) => /^n\d+n$/.test(word)));
    return {
      results: outcome.hits.map((hit) => ({
        record: hit.record,
        // A logical query reports one match per word: mark them all.
        ranges: [
          ...hit.matches.filter((item) => item.key === 'text').flatMap((item) => item.indices),
          ...numbersIn(hit.record.text)
            .filter((number) => numbers.has(numberToken(number.value)))
            .map((number) => [number.start, number.end - 1] as const),
        ],
        score: hit.score,
      })),
      count: outcome.total,
    };
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

/** What the status line says of a search over all stories, while it runs and when done. */
function allStoriesStatus(state: {
  raw: string;
  /** Results in the stories searched so far, and how many of them are shown. */
  count: number;
  shown: number;
  /** Stories searched so far, of the round's; stories that can match, of all. */
  searched: number;
  round: number;
  matching: number;
  /** Stories that hold every query word closely (the first of those that can match). */
  close: number;
  total: number;
  failed: number;
  done: boolean;
}): string {
  const { raw, count, shown, searched, round, matching, close, total, failed, done } = state;
  const what = raw ? ` for “${raw}”` : '';
  const lost = failed ? ` ${plural(failed, 'story', 'stories')} could not load.` : '';
  if (!done) {
    return `Searching ${plural(round, 'story', 'stories')}${what}: ${searched + failed} done, ${plural(count, 'result')} so far…`;
  }
  if (matching === 0) {
    return `No results${what}: no story holds ${raw ? 'all its words' : 'such passages'}. Try fewer or other words, or clear the filters.`;
  }
  const results =
    count === 0
      ? `No results${what}`
      : `${plural(count, 'result')}${what}${count > shown ? `, showing the first ${shown}` : ''}`;
  const rest = matching - round;
  const where =
    rest > 0 && (close > round || close === 0)
      ? `searched ${round} of ${total} stories, those likeliest to match; ${rest} more may.`
      : rest > 0
        ? `searched ${round} of ${total} stories, all that hold its words closely; ${rest} more ${rest === 1 ? 'holds' : 'hold'} only loose spellings of them.`
        : round === 1
          ? `searched the one story of ${total} that ${raw ? 'holds its words' : 'these filters allow'}.`
          : `searched the ${round} stories of ${total} that ${raw ? 'hold its words' : 'these filters allow'}.`;
  return `${results}; ${where}${lost}`;
}

function renderResult(
  record: SearchRecord,
  ranges: ReadonlyArray<readonly [number, number]>,
  story?: string,
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
  meta.textContent = story ? `${parts.join(' · ')} — ${story}` : parts.join(' · ');
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

/** A shard's sources (article id, label) and speakers, in the order the filters list them. */
function choicesOf(records: readonly SearchRecord[]): {
  source: Array<[string, string]>;
  speaker: Array<[string, string]>;
} {
  const sources = new Map<string, string>();
  const speakers = new Set<string>();
  for (const record of records) {
    if (!sources.has(record.article)) sources.set(record.article, record.source);
    for (const speaker of record.speakers) speakers.add(speaker);
  }
  return {
    source: [...sources],
    speaker: [...speakers].sort((a, b) => a.localeCompare(b)).map((name) => [name, name]),
  };
}

/**
 * Sets a filter's options after its first ("All …"): `choices`, or those it has when null; a
 * `value` none of them holds (from a shared URL) is offered too, so that it stays selected.
 */
function setChoices(
  select: HTMLSelectElement,
  choices: ReadonlyArray<readonly [string, string]> | null,
  value: string,
): void {
  if (choices) {
    const first = select.options[0];
    select.replaceChildren(...(first ? [first] : []));
    for (const [optionValue, label] of choices) select.add(new Option(label, optionValue));
  }
  if (value && ![...select.options].some((option) => option.value === value)) {
    select.add(new Option(value, value));
  }
  select.value = value;
}
