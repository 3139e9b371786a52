import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, ImportOptions, ImportSummary, ParsedSurvey } from '../../src/survey/index';
import { createSurveyReader, parseSurvey, streamSurvey } from '../../src/survey/index';
import { chunks, fixture, thrown, utf8 } from './helpers';

async function streamed(parts: Iterable<Uint8Array | string>, options: Partial<ImportOptions> = {}): Promise<ParsedSurvey> {
  const answers: Answer[] = [];
  const summary = await streamSurvey(parts, (a) => answers.push(a), options);
  return { ...summary, answers };
}

/** What must not depend on chunking: answers with their source, the summary, the issues' codes and locations. */
const comparable = (s: ParsedSurvey) => ({
  ...s,
  issues: s.issues.map((e) => ({ code: e.code, location: e.location })),
});

// Danish text with a quoted multi-line comment, CRLF and æ ø å, in a wide file.
const TRICKY = [
  'id;rolle;accuracy:Lærer;fælles_mål:Pædagog;Kommentar',
  'R1;Lærer;4;Meget;"første linje\r\nanden; linje med ""citat"""',
  'R2;Pædagog;"Af og til";;æøå',
  'R3;Sundhedsplejerske;Ved ikke;Fuldstændigt;"Å\r\n\r\nØ"',
  'R4;Lærer;2;Lidt;',
  '',
].join('\r\n');
const OPTS: Partial<ImportOptions> = { ignoreColumns: ['Kommentar'] };

describe('streamSurvey', () => {
  it.each([1, 2, 7, 64])('gives the same answers, lines and summary as parseSurvey with %i-byte chunks (fixtures)', async (size) => {
    for (const name of ['danish-wide-semicolon-bom.csv', 'danish-wide-windows-1252.csv', 'long.csv']) {
      const bytes = fixture(name);
      expect(comparable(await streamed(chunks(bytes, size), { file: name }))).toEqual(comparable(parseSurvey(bytes, { file: name })));
    }
  });

  it('gives the same result for every split into two chunks (inside æ, inside quoted line breaks, between \\r and \\n)', async () => {
    const bytes = utf8(TRICKY);
    const whole = comparable(parseSurvey(bytes, OPTS));
    expect(whole.answers.map((a) => a.source?.line)).toEqual([2, 2, 4, 4, 5, 5, 8, 8]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const got = comparable(await streamed([bytes.subarray(0, cut), bytes.subarray(cut)], OPTS));
      expect(got, `split at byte ${cut}`).toEqual(whole);
    }
  });

  it('reads text chunks as well as bytes', async () => {
    const parts = TRICKY.match(/[\s\S]{1,3}/g)!;
    const got = await streamed(parts, OPTS);
    expect(got.answers).toEqual(parseSurvey(TRICKY, OPTS).answers);
    expect(got.encoding).toBe('string');
  });

  it('reads a ReadableStream-like source (browsers without async iteration)', async () => {
    const parts = chunks(utf8(TRICKY), 5);
    let i = 0;
    let released = false;
    const source = {
      getReader: () => ({
        read: async () => (i < parts.length ? { done: false, value: parts[i++]! } : { done: true }),
        releaseLock: () => {
          released = true;
        },
      }),
    };
    const got = await streamSurvey(source, () => {}, OPTS);
    expect(got.answerCount).toBe(8);
    expect(released).toBe(true);
  });

  it('rejects with the same located error as parseSurvey in strict mode', async () => {
    const bad = utf8('id;rolle;accuracy:Lærer\nR1;Lærer;4\nR2;Lærer;"7"\n');
    const expected = thrown(() => parseSurvey(bad));
    await expect(streamed(chunks(bad, 3))).rejects.toMatchObject({ code: 'RELCAP_OUT_OF_RANGE', location: expected.location });
  });

  it('switches to Windows-1252 mid-stream when the first non-ASCII byte is not UTF-8', async () => {
    const bytes = fixture('danish-wide-windows-1252.csv');
    const s = await streamed(chunks(bytes, 1000));
    expect(s.encoding).toBe('windows-1252');
    expect(s.targetRoles).toContain('Pædagog');
  });
});

describe('createSurveyReader', () => {
  it('emits answers as soon as their record is complete and reports progress', () => {
    const seen: Answer[] = [];
    const r = createSurveyReader((a) => seen.push(a));
    r.push('id,rolle,accuracy:Lærer\nR1,Lærer,4\nR2,Læ');
    expect(seen.map((a) => a.respondentId)).toEqual(['R1']);
    expect(r.progress()).toMatchObject({ lines: 2, rows: 1, answerCount: 1 });
    r.push('rer,5\n');
    const s: ImportSummary = r.end();
    expect(seen.map((a) => a.value)).toEqual([4, 5]);
    expect(s.lines).toBe(3);
  });

  it('refuses chunks after end()', () => {
    const r = createSurveyReader(() => {});
    r.push('id,rolle,accuracy:Lærer\n1,Lærer,4\n');
    r.end();
    expect(() => r.push('x')).toThrow(expect.objectContaining({ code: 'RELCAP_READER_ENDED' }));
  });
});

// Random wide files: cells from answers, missing tokens, bad values and free text with quotes,
// delimiters, line breaks and Danish letters; quoted only where needed, as exporters do.
const CELL = fc.oneof(
  fc.constantFrom('4', '1', 'Meget', ' lidt ', 'Ved ikke', '', 'NA', 'Af og til', '7', '3,5', 'Måske', 'Altid'),
  fc.string({ unit: fc.constantFrom('a', 'æ', 'Ø', '"', ';', ',', '\n', '\r\n', ' ', '5'), maxLength: 8 }),
);
const ID = fc.constantFrom('R1', 'R2', 'R3', 'Æ4', '');
const ROLE = fc.constantFrom('Lærer', 'Pædagog', 'PPR-psykolog', '');
const NEWLINE = fc.constantFrom('\n', '\r\n');
const quote = (c: string): string => (/[";,\r\n]/.test(c) && (c.startsWith('"') || /[;,\r\n]/.test(c)) ? `"${c.replaceAll('"', '""')}"` : c);
// Now and then a cell is written as it is, unquoted: broken quoting must not depend on chunks either.
const WRITTEN = fc.oneof({ weight: 5, arbitrary: CELL.map(quote) }, { weight: 1, arbitrary: CELL });
const FILE = fc
  .tuple(fc.array(fc.tuple(ID, ROLE, WRITTEN, WRITTEN, WRITTEN), { minLength: 1, maxLength: 6 }), NEWLINE, fc.boolean())
  .map(([rows, nl, trailing]) => {
    const lines = ['id;rolle;accuracy:Lærer;fælles_mål:Pædagog;Kommentar', ...rows.map((r) => [quote(r[0]), quote(r[1]), r[2], r[3], r[4]].join(';'))];
    return lines.join(nl) + (trailing ? nl : '');
  });
const SIZES = fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 8 });

function cut(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = sizes[k % sizes.length]!;
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

const lenient: Partial<ImportOptions> = { mode: 'lenient', ignoreColumns: ['Kommentar'] };

function outcome(f: () => ParsedSurvey): unknown {
  try {
    return comparable(f());
  } catch (e) {
    return { thrown: (e as { code?: string }).code, location: (e as { location?: unknown }).location };
  }
}

async function outcomeAsync(f: () => Promise<ParsedSurvey>): Promise<unknown> {
  try {
    return comparable(await f());
  } catch (e) {
    return { thrown: (e as { code?: string }).code, location: (e as { location?: unknown }).location };
  }
}

describe('survey import properties', () => {
  it('chunking never changes the result (answers, lines, issues)', async () => {
    await fc.assert(
      fc.asyncProperty(FILE, SIZES, async (text, sizes) => {
        const bytes = utf8(text);
        const whole = outcome(() => parseSurvey(bytes, lenient));
        const parts = await outcomeAsync(() => streamed(cut(bytes, sizes), lenient));
        expect(parts).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('values are always null or a whole number 1..5', () => {
    fc.assert(
      fc.property(FILE, (text) => {
        const r = outcome(() => parseSurvey(text, lenient)) as { answers?: Answer[] };
        for (const a of r.answers ?? []) {
          expect(a.value === null || (Number.isInteger(a.value) && a.value >= 1 && a.value <= 5)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSurvey of inputs larger than one internal slice (1 MiB)', () => {
  it.each([0, 1, 2, 3])('keeps records, characters and line numbers whole across slices (header padded by %i)', (pad) => {
    // Every record spans two lines ("Af<LF>og til" = 3) and holds æ, so slice edges fall inside
    // quoted fields and (for bytes) inside multi-byte characters.
    const n = 40_000;
    const rows = Array.from({ length: n }, (_, i) => `R${i};Lærer;"Af\nog til";x`);
    const text = `id;rolle;accuracy:Lærer;${'p'.repeat(pad + 1)}\n${rows.join('\n')}\n`;
    expect(utf8(text).length).toBeGreaterThan(1 << 20);
    for (const input of [text, utf8(text)]) {
      const s = parseSurvey(input, { ignoreColumns: ['p'.repeat(pad + 1)] });
      expect(s.answerCount).toBe(n);
      expect(s.answers.every((a) => a.value === 3 && a.respondentRole === 'Lærer')).toBe(true);
      // Record i (0-based) starts on line 2 + 2i.
      expect(s.answers[n - 1]?.source?.line).toBe(2 + 2 * (n - 1));
      expect(s.lines).toBe(1 + 2 * n);
    }
  });
});
