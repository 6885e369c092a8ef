import { describe, expect, it } from 'vitest';
import {
  compareFacts,
  extractFacts,
  factValue,
  type DateFact,
  type Fact,
  type QuantityFact,
} from '../src/lib/facts/index.ts';

const facts = (text: string, published?: string) =>
  extractFacts(text, published ? { published } : {});
const only = (text: string, published?: string): Fact => {
  const found = facts(text, published);
  expect(found, `facts of "${text}"`).toHaveLength(1);
  return found[0]!;
};
const quantity = (text: string): QuantityFact => {
  const fact = only(text);
  expect(fact.kind).toBe('quantity');
  return fact as QuantityFact;
};
const relation = (a: string, b: string, published?: [string?, string?]) =>
  compareFacts(only(a, published?.[0]), only(b, published?.[1]));

describe('extractFacts: numbers in digits and words', () => {
  it.each([
    ['12 people were hurt', 12, 'person'],
    ['Twelve people were injured', 12, 'person'],
    ['a dozen fire engines', 12, 'engin'],
    ['two dozen eggs', 24, 'egg'],
    ['half a dozen cars', 6, 'car'],
    ['1,000 residents', 1000, 'resid'],
    ['two hundred and fifty homes', 250, 'home'],
    ['twenty-five soldiers', 25, 'soldier'],
    ['1.5m people', 1.5e6, 'person'],
    ['1,5 Mio Einwohner', 1.5e6, null],
    ['a thousand fans', 1000, 'fan'],
    ['40k fans', 40000, 'fan'],
    ['3 million viewers', 3e6, 'viewer'],
  ])('%s', (text, value, counted) => {
    const fact = quantity(text);
    expect(fact.dimension).toBe('count');
    expect(fact.amount).toBe(value);
    expect(fact.counted?.key ?? null).toBe(counted);
  });

  it('keeps offsets, shifted by the given offset', () => {
    const text = 'Officials said 15 people were hurt.';
    const [fact] = extractFacts(text, { offset: 100 });
    expect(fact?.text).toBe('15');
    expect(fact?.start).toBe(100 + text.indexOf('15'));
    expect(fact?.end).toBe(fact!.start + 2);
  });

  it('finds the counted noun after modifiers, through "of the", and not in a predicate', () => {
    expect(quantity('12 injured people').counted?.word).toBe('people');
    expect(quantity('700 of the job cuts').counted?.word).toBe('cuts');
    expect(quantity('980 residents living nearby').counted?.word).toBe('residents');
    expect(quantity('Fifteen killed as the storm hit').counted).toBeNull();
    expect(facts('12 on Monday')[0]).toMatchObject({ kind: 'quantity', counted: null });
  });

  it('lends the counted noun to a count that leaves it out', () => {
    const found = facts('killing four people and injuring 23') as QuantityFact[];
    expect(found.map((f) => [f.amount, f.counted?.key])).toEqual([
      [4, 'person'],
      [23, 'person'],
    ]);
    const died = facts('Four people died and 31 were injured') as QuantityFact[];
    expect(died[1]?.counted?.key).toBe('person');
    // Something else between them: no sharing.
    const apart = facts('12 people on Monday and 15 on Tuesday').filter(
      (f) => f.kind === 'quantity',
    ) as QuantityFact[];
    expect(apart[1]?.counted).toBeNull();
  });

  it('reads approximations as intervals', () => {
    const about = quantity('about 80 firefighters');
    expect(about.approx).toBe('about');
    expect(about.low).toBeLessThan(80);
    expect(about.high).toBeGreaterThan(80);
    const nearly = quantity('nearly 1,000 residents');
    expect(nearly.approx).toBe('nearly');
    expect(nearly.high).toBeLessThanOrEqual(1100);
    expect(nearly.low).toBeLessThan(980);
    expect(quantity('more than 2,000 people').high).toBe(Infinity);
    expect(quantity('at least 5 people').approx).toBe('over');
    expect(quantity('fewer than 10 people').low).toBe(0);
    expect(quantity('up to 160 km/h').approx).toBe('under');
    expect(quantity('80-plus firefighters').approx).toBe('over');
    expect(quantity('A total of 15 people').approx).toBe('exact');
  });

  it('reads ranges: 12-15, 12 to 15, between 12 and 15', () => {
    for (const text of ['12-15 people', '12 to 15 people', 'between 12 and 15 people']) {
      const fact = quantity(text);
      expect([fact.approx, fact.low, fact.high, fact.upper]).toEqual(['range', 12, 15, 15]);
      expect(factValue(fact)).toBe('12–15');
    }
    // "from 12 to 15" is a change: two numbers.
    expect(facts('rose from 12 to 15 people')).toHaveLength(2);
  });

  it('reads orders of magnitude', () => {
    expect(quantity('dozens of people')).toMatchObject({ approx: 'vague', low: 24 });
    expect(quantity('Tens of thousands of homes')).toMatchObject({ low: 10000, high: 99999 });
    expect(quantity('hundreds of thousands of people').low).toBe(200000);
    expect(quantity('several hundred people')).toMatchObject({ low: 200, high: 900 });
  });
});

describe('extractFacts: shares, money, units', () => {
  it.each([
    ['20% of staff', 20],
    ['20 per cent of staff', 20],
    ['20 percent of staff', 20],
    ['a fifth of the workforce', 20],
    ['About a fifth of the workforce', 20],
    ['two-thirds of voters', 200 / 3],
    ['three quarters of the town', 75],
    ['half of the members', 50],
    ['one in five adults', 20],
    ['1 in 4 homes', 25],
  ])('%s is a share', (text, value) => {
    const fact = quantity(text);
    expect(fact.dimension).toBe('percent');
    expect(fact.value).toBeCloseTo(value);
  });

  it('leaves fractions that are not shares alone', () => {
    expect(only('a third world war')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(facts('in the second half')).toEqual([
      expect.objectContaining({ kind: 'ordinal', value: 2 }),
    ]);
  });

  it.each([
    ['€610m', 'EUR', 610e6],
    ['610 million euros', 'EUR', 610e6],
    ['610 mln euro', 'EUR', 610e6],
    ['about 610 million euros', 'EUR', 610e6],
    ['£3bn', 'GBP', 3e9],
    ['$1.2 billion', 'USD', 1.2e9],
    ['US$5m', 'USD', 5e6],
    ['EUR 300', 'EUR', 300],
    ['1,5 Mio Euro', 'EUR', 1.5e6],
    ['3 billion pounds', 'GBP', 3e9],
  ])('%s is money', (text, currency, amount) => {
    const fact = quantity(text);
    expect(fact).toMatchObject({ dimension: 'money', unit: currency, amount });
  });

  it.each([
    ['3 km', 'length', 3000],
    ['3km', 'length', 3000],
    ['3,000 metres', 'length', 3000],
    ['14-kilometre line', 'length', 14000],
    ['Fourteen kilometres', 'length', 14000],
    ['5 miles', 'length', 8046.72],
    ['160km/h', 'speed', 160],
    ['100 mph', 'speed', 160.9344],
    ['30°C', 'temperature', 30],
    ['86°F', 'temperature', 30],
    ['2C above the average', 'temperature', 2],
    ['96 mm', 'length', 0.096],
    ['948 hPa', 'pressure', 948],
    ['32-year wait', 'duration', 32 * 31557600],
  ])('%s is a measure', (text, dimension, value) => {
    const fact = quantity(text);
    expect(fact.dimension).toBe(dimension);
    expect(fact.value).toBeCloseTo(value, 3);
  });

  it('reads "1.5m" as million with money or a plural noun, and as metres otherwise', () => {
    expect(quantity('a 3m wall')).toMatchObject({ dimension: 'length', unit: 'm' });
    expect(quantity('€1.5m')).toMatchObject({ dimension: 'money', amount: 1.5e6 });
    expect(quantity('2m people')).toMatchObject({ dimension: 'count', amount: 2e6 });
  });
});

describe('extractFacts: tallies and ordinals', () => {
  it.each(['voted 9-4', 'by nine votes to four', 'a 9-4 vote', 'voted 9 to 4', 'by 9 votes to 4'])(
    '%s is a vote of 9 to 4',
    (text) => {
      expect(only(text)).toMatchObject({ kind: 'tally', of: 'vote', for: 9, against: 4 });
    },
  );

  it('reads a score and leaves an unexplained 9-4 alone', () => {
    expect(only('won 3-1')).toMatchObject({ kind: 'tally', of: 'score', for: 3, against: 1 });
    expect(facts('section 9-4 of the code')).toEqual([]);
  });

  it.each([
    ['the 47th president', 47, 'presid'],
    ['his second term', 2, 'term'],
    ['in the 71st minute', 71, 'minut'],
    ['an 88th-minute penalty', 88, 'minut'],
    ['the twenty-first century', 21, 'centuri'],
  ])('%s is an ordinal', (text, value, counted) => {
    expect(only(text)).toMatchObject({ kind: 'ordinal', value, counted: { key: counted } });
  });
});

describe('extractFacts: dates and times', () => {
  it('reads dates in several orders, with the year from the publication date', () => {
    const date = only('in the early hours of March 9', '2026-03-10') as DateFact;
    expect(date).toMatchObject({ year: 2026, month: 3, day: 9, weekday: 1, yearInferred: true });
    expect(date.part).toBe('early');
    expect(only('on 9 March 2026')).toMatchObject({ year: 2026, month: 3, day: 9 });
    expect(only('on Oct. 4')).toMatchObject({ month: 10, day: 4, year: null });
    expect(only('the 9th of March')).toMatchObject({ month: 3, day: 9 });
    expect(only('on 2026-03-09')).toMatchObject({ year: 2026, month: 3, day: 9, weekday: 1 });
    expect(only('Sunday 4 October')).toMatchObject({ weekday: 0, month: 10, day: 4 });
  });

  it('takes a date without a year from the year nearest the publication', () => {
    expect(only('on December 30', '2026-01-03')).toMatchObject({ year: 2025 });
    expect(only('on January 2', '2025-12-30')).toMatchObject({ year: 2026 });
  });

  it('resolves relative days only when the publication date is known', () => {
    expect(only('this morning', '2026-03-10')).toMatchObject({ year: 2026, month: 3, day: 10 });
    expect(only('yesterday', '2026-03-01')).toMatchObject({ month: 2, day: 28 });
    expect(only('last night', '2026-03-10')).toMatchObject({ day: 9, part: 'late' });
    expect(facts('this morning')).toEqual([]);
    expect(facts('yesterday')).toEqual([]);
  });

  it('reads months and years but not "may" or "march" the words', () => {
    expect(only('by December', '2026-03-10')).toMatchObject({ month: 12, year: 2026 });
    expect(only('since 1987')).toMatchObject({ kind: 'date', year: 1987, month: null });
    expect(facts('it may weaken as they march on')).toEqual([]);
    expect(facts('May I ask')).toEqual([]);
  });

  it('marks the dates of the reporting', () => {
    expect(only('regional authorities said on Sunday')).toMatchObject({ reporting: true });
    expect(only('she said in a statement on Sunday')).toMatchObject({ reporting: true });
    expect(only('The storm struck on Sunday')).toMatchObject({ reporting: false });
    expect(only('Updated 6.40pm, Sunday 4 October'.replace('6.40pm, ', ''))).toMatchObject({
      reporting: true,
    });
  });

  it('reads times of day with their approximation', () => {
    expect(only('shortly after 2 a.m.')).toMatchObject({ kind: 'time', value: 120, low: 120 });
    expect(only('just after 2am')).toMatchObject({ kind: 'time', value: 120 });
    expect(only('at 6.40pm')).toMatchObject({ kind: 'time', value: 18 * 60 + 40 });
    expect(only('at 14:30')).toMatchObject({ kind: 'time', value: 14 * 60 + 30 });
    expect(only('shortly before midnight')).toMatchObject({ kind: 'time', value: 0 });
    expect(only('until 9 a.m.')).toMatchObject({ approx: 'vague' });
  });
});

describe('extractFacts: labels, odd text and hostile words', () => {
  it.each([
    'No. 10 Downing Street',
    'No 10 said',
    'Route 66',
    'the M25',
    'COVID-19 cases',
    '5G masts',
    'Flight 370',
    'version 1.2.3',
    'call 0123456789012345678',
  ])('%s states no quantity', (text) => {
    expect(facts(text).filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('survives words that are property names of every object', () => {
    const text =
      'constructor __proto__ toString valueOf hasOwnProperty prototype 12 constructor ' +
      'a constructor of __proto__ hundred toString km';
    expect(() => extractFacts(text)).not.toThrow();
    for (const fact of extractFacts(text)) {
      if (fact.kind === 'quantity' && fact.counted) expect(typeof fact.counted.key).toBe('string');
    }
    expect(extractFacts('12 constructor')[0]).toMatchObject({ counted: { key: 'constructor' } });
  });

  it('never throws on odd input and stays linear', () => {
    const odd = [
      '',
      '...',
      '1,2,3,4,5',
      '1.2.3.4',
      '9-9-9-9-9',
      '€',
      '$$$ 5',
      '½',
      '1e10',
      '–12–',
      'between and',
      'one in',
      'a fifth',
      'Tuesday Tuesday Tuesday',
      '2026-02-30',
      'March 32',
      '25:99 pm',
      '\u200b12\u200b people',
      '١٢ people',
    ];
    for (const text of odd) expect(() => extractFacts(text), text).not.toThrow();
    expect(facts('2026-02-30')).not.toContainEqual(expect.objectContaining({ month: 2, day: 30 }));
    const long = 'About 80 firefighters and 12 fire engines were sent on Monday. '.repeat(4000);
    const started = performance.now();
    const found = extractFacts(long);
    expect(found.length).toBe(3 * 4000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('compareFacts', () => {
  it.each([
    ['About a fifth of the workforce', '20% of the workforce'],
    ['Roughly 20% of staff', 'a fifth of staff'],
    ['within 3 km', 'within 3,000 metres'],
    ['within 3km', 'within 3,000 metres'],
    ['nearly 1,000 residents', '980 residents'],
    ['12 fire engines', 'a dozen fire engines'],
    ['€610m', 'about 610 million euros'],
    ['€610m', '610 mln euro'],
    ['voted 9-4', 'by nine votes to four'],
    ['14-kilometre', 'Fourteen kilometres'],
    ['About 80 firefighters', 'Around 80 firefighters'],
    ['About 2,300 people', 'more than 2,000 people'],
    ['about 40,000 homes', 'Tens of thousands of homes'],
    ['up to 160 km/h', '100 mph'],
    ['Between 20 and 30 people', 'Twenty-five people'],
    ['12 people', '12 persons'],
    ['30°C', '86°F'],
    ['shortly after 2 a.m.', 'just after 2am'],
    ['just after midnight', '00:10'],
    ['shortly before midnight', '23:50'],
    ['the 71st minute', 'in the 71st minute'],
    ['since 1987', 'in 1987'],
  ])('%s agrees with %s', (a, b) => {
    expect(relation(a, b)).toBe('agree');
    expect(relation(b, a)).toBe('agree');
  });

  it.each([
    ['12 people were injured', '15 people were hurt'],
    ['voted 9-4', 'voted 8-5'],
    ['4.9% of households', '2.99% of households'],
    ['€610m', '€710m'],
    ['3 km', '8 km'],
    ['his second term', 'his third term'],
    ['at 2 a.m.', 'at 4 a.m.'],
    ['since 1987', 'since 1991'],
  ])('%s conflicts with %s', (a, b) => {
    expect(relation(a, b)).toBe('conflict');
    expect(relation(b, a)).toBe('conflict');
  });

  it.each([
    ['12 people', '15 engines'],
    ['12 people', '15'],
    ['€610m', '$662 million'],
    ['3 km', '3 kg'],
    ['12 people', '12%'],
    ['32-year wait', 'two minutes from time'],
    ['4 people', '400 people'],
    ['60% of the cost', '40% of the staff'],
    ['his second term', 'the second blaze'],
  ])('%s is unrelated to %s', (a, b) => {
    expect(relation(a, b)).toBe('unrelated');
  });

  it('compares a weekday with a date through the publication date', () => {
    expect(relation('on Monday', 'on March 9', ['2026-03-10', '2026-03-10'])).toBe('agree');
    expect(relation('on Monday', 'on March 10', ['2026-03-10', '2026-03-10'])).toBe('conflict');
    expect(relation('on Thursday', 'on 14 May 2026')).toBe('agree');
    // The tabloid gives no year and no publication date: the weekday's own publication
    // resolves it, which can confirm but never contradict.
    expect(relation('on Monday', 'on March 9', ['2026-03-10'])).toBe('agree');
    expect(relation('on Monday', 'on March 10', ['2026-03-10'])).toBe('unrelated');
    expect(relation('on Monday', 'on March 9')).toBe('unrelated');
  });

  it('compares weekdays and relative days', () => {
    expect(relation('on Tuesday morning', 'this morning', ['2026-03-10', '2026-03-10'])).toBe(
      'agree',
    );
    expect(relation('on Wednesday', 'on Tuesday evening')).toBe('conflict');
    // Late on one day and early on the next may be one night.
    expect(relation('late on Saturday', 'early on Sunday')).toBe('unrelated');
    expect(relation('overnight on Saturday', 'on Sunday')).toBe('unrelated');
  });

  it('never compares dates of the reporting', () => {
    expect(relation('officials said on Sunday', 'The storm struck on Monday')).toBe('unrelated');
  });

  it('is unrelated across kinds', () => {
    expect(relation('12 people', 'on Monday')).toBe('unrelated');
    expect(relation('voted 9-4', '9 people')).toBe('unrelated');
  });
});

describe('factValue', () => {
  it.each([
    ['Twelve people', '12'],
    ['nearly 1,000 residents', 'nearly 1,000'],
    ['€610m', '€610 million'],
    ['About a fifth of them', 'about 20%'],
    ['3 km', '3 km'],
    ['voted 9-4', '9–4'],
    ['on Monday', 'Monday'],
    ['9 March 2026', '9 March 2026'],
    ['shortly after 2 a.m.', '02:00'],
    ['the 47th president', '47th'],
    ['30°C', '30°C'],
    ['dozens of people', 'dozens'],
  ])('%s → %s', (text, value) => {
    expect(factValue(only(text))).toBe(value);
  });
});
