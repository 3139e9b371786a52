import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvSafeCell, EXCEL_CSV, fromKumu, toCsv, toGephiEdgesCsv, toGephiNodesCsv, toKumu, toPolinode, toTidyCsv } from '../../src/io/index';
import type { NetworkMap } from '../../src/map/index';
import { parseMap } from '../../src/map/index';

const EXAMPLE = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));
const rows = (csv: string): string[][] => Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data;

const INJECT = "=cmd|' /C calc'!A0";
const EVIL: NetworkMap = {
  schemaVersion: 2,
  title: '@title',
  type: 'child',
  round: '+1',
  actors: [
    { id: '-a', label: INJECT, kind: 'professional', organisation: '@SUM(A1)', notes: '\t=1+1', position: { angle: 271.5, distance: 0.5 } },
    { id: 'b', label: '+45 1234', kind: 'professional', profession: '-psykolog' },
  ],
  relations: [
    { id: '=r1', source: '-a', target: 'b', directed: true, kind: 'rated', ratings: { frequency: 3 }, rc: 3, n: 3, notes: '-note' },
    { id: 'r2', source: 'b', target: '-a', directed: false, kind: 'strength', strength: 'missing', notes: '@x' },
  ],
};

/** A cell a spreadsheet would run as a formula: starts with = + @ tab CR, or - not followed by a digit. */
const dangerous = (cell: string): boolean => /^[=+@\t\r]/.test(cell) || /^-(?![\d.])/.test(cell);

const EXPORTS: [string, string[]][] = [
  ['toGephiEdgesCsv', [toGephiEdgesCsv(EVIL)]],
  ['toGephiNodesCsv', [toGephiNodesCsv(EVIL)]],
  ['toKumu', Object.values(toKumu(EVIL))],
  ['toPolinode', Object.values(toPolinode(EVIL))],
  ['toTidyCsv', [toTidyCsv(EVIL)]],
];

describe('CSV exporters neutralise formula injection', () => {
  it.each(EXPORTS)('%s prefixes every formula-like cell with a quote', (_name, csvs) => {
    const cells = csvs.flatMap((csv) => rows(csv).flat());
    expect(cells.filter(dangerous)).toEqual([]);
    // The formula-like values come out prefixed, not dropped: the actor id -a everywhere, the label where labels are written.
    expect(cells.filter((c) => /^'[=+\-@\t]/.test(c)).length).toBeGreaterThan(0);
    expect(cells).toContain("'-a");
  });

  it.each(EXPORTS.filter(([name]) => name !== 'toGephiEdgesCsv'))('%s writes the label `=cmd|...` as text', (_name, csvs) => {
    const cells = csvs.flatMap((csv) => rows(csv).flat());
    expect(cells.some((c) => c.startsWith(`'${INJECT}`))).toBe(true);
  });

  it('keeps negative numbers as numbers (toCsv, which every export writes through)', () => {
    expect(rows(toCsv([[-12.5, '-12.5']]))[0]).toEqual(['-12.5', "'-12.5"]);
  });

  it('writes the position as angle and distance in Kumu elements', () => {
    const r = rows(toKumu(EVIL).elements);
    const col = (name: string): string | undefined => r[1]?.[r[0]!.indexOf(name)];
    expect([col('Position Angle'), col('Position Distance')]).toEqual(['271.5', '0.5']);
  });
});

describe('toGephiEdgesCsv and toGephiNodesCsv', () => {
  it('writes Source, Target, Type and Weight as Gephi expects, missing relations with weight 0', () => {
    const r = rows(toGephiEdgesCsv(EXAMPLE));
    expect(r[0]?.slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight']);
    expect(r[0]?.slice(14)).toEqual(['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect']);
    expect(r[1]?.slice(0, 6)).toEqual(['barn', 'laerer', 'Undirected', 'r1', 'strong', '1']);
    const missing = r.find((x) => x[3] === 'r9');
    expect(missing?.slice(5, 9)).toEqual(['0', 'strength', 'missing', 'missing']);
    const rated = r.find((x) => x[3] === 'r11');
    // r11 has no rc: band from the mean of its ratings, (3.25+3+3.75+3.5+4+2.75+4.25)/7 = 24.5/7 = 3.5 -> moderate; weight 3.5/5 = 0.7
    expect(rated?.slice(2, 11)).toEqual(['Directed', 'r11', 'moderate', '0.7', 'rated', '', 'moderate', '', '4']);
    expect(rated?.[14]).toBe('3.25');
    expect(r).toHaveLength(13);
  });

  it('writes one node row per actor with the derived ring', () => {
    const r = rows(toGephiNodesCsv(EXAMPLE));
    expect(r[0]).toEqual(['Id', 'Label', 'Kind', 'Profession', 'Organisation', 'Sector', 'Ring', 'Authority', 'Anchoring', 'Coordinator', 'Notes']);
    expect(r.find((x) => x[0] === 'psykolog')?.slice(0, 7)).toEqual(['psykolog', 'PPR-psykolog', 'professional', 'psykolog', 'PPR', '', 'specialised']);
  });
});

describe('toKumu and fromKumu', () => {
  it('writes ID first in elements and From, To first in connections', () => {
    const { elements, connections } = toKumu(EXAMPLE);
    expect(rows(elements)[0]?.slice(0, 4)).toEqual(['ID', 'Label', 'Type', 'Description']);
    expect(rows(connections)[0]?.slice(0, 5)).toEqual(['From', 'To', 'Type', 'Direction', 'Strength']);
    expect(rows(connections)[9]?.slice(0, 5)).toEqual(['paedagog', 'sundhedsplejerske', 'missing', 'undirected', '0']);
  });

  it('reads its own sheets back to the same actors and relations', () => {
    const back = fromKumu(toKumu(EXAMPLE), { defaults: { title: EXAMPLE.title } });
    expect(back.actors).toEqual(EXAMPLE.actors);
    expect(back.relations).toEqual(EXAMPLE.relations);
  });

  it('reads back formula-like text without the protective quote', () => {
    const back = fromKumu(toKumu(EVIL));
    expect(back.actors).toEqual(EVIL.actors);
    expect(back.relations).toEqual(EVIL.relations);
  });
});

describe('toPolinode', () => {
  it('names nodes by label and disambiguates shared labels with the id', () => {
    const m: NetworkMap = {
      ...EXAMPLE,
      actors: [
        { id: 'a', label: 'Lærer', kind: 'professional' },
        { id: 'b', label: 'Lærer', kind: 'professional' },
        { id: 'c', label: 'Pædagog', kind: 'professional' },
      ],
      relations: [{ id: 'r', source: 'a', target: 'c', directed: false, kind: 'strength', strength: 'weak' }],
    };
    const { nodes, edges } = toPolinode(m);
    expect(rows(nodes).map((r) => r[0])).toEqual(['Name', 'Lærer (a)', 'Lærer (b)', 'Pædagog']);
    expect(rows(edges)[1]?.slice(0, 6)).toEqual(['Lærer (a)', 'Pædagog', 'r', 'false', String(1 / 3), 'weak']);
  });
});

describe('toTidyCsv', () => {
  const r = rows(toTidyCsv(EXAMPLE));

  it('writes one row per strength relation and one per dimension of each rated relation', () => {
    // 10 strength relations x 1 row + 2 rated relations x 7 dimensions = 24 rows, plus the header.
    expect(r).toHaveLength(25);
    expect(r[0]?.slice(-2)).toEqual(['dimension', 'value']);
  });

  it('gives each rated row its dimension and mean', () => {
    const col = (name: string): number => r[0]!.indexOf(name);
    const shared = r.find((x) => x[col('relation_id')] === 'r12' && x[col('dimension')] === 'shared_knowledge');
    expect(shared?.[col('value')]).toBe('4');
    expect(shared?.slice(col('source'), col('directed') + 1)).toEqual(['psykolog', 'PPR-psykolog', 'laerer', 'Lærer', 'true']);
    expect(shared?.[col('dimension_set')]).toBe('relational_coordination');
    expect(shared?.[col('map_type')]).toBe('child');
  });

  it('writes the agreed action of a relation', () => {
    const withAction = { ...EXAMPLE, relations: EXAMPLE.relations.map((x) => (x.id === 'r1' ? { ...x, action: { what: 'Månedligt opkald', who: 'Lærer', done: false } } : x)) };
    const t = rows(toTidyCsv(withAction));
    const col = (name: string): number => t[0]!.indexOf(name);
    const r1 = t.find((x) => x[col('relation_id')] === 'r1')!;
    expect([col('action'), col('action_who'), col('action_when'), col('action_done')].map((i) => r1[i])).toEqual(['Månedligt opkald', 'Lærer', '', 'false']);
  });

  it('leaves dimension and value empty (NA in R) for strength relations', () => {
    const r1 = r.find((x) => x[r[0]!.indexOf('relation_id')] === 'r1');
    expect(r1?.slice(-2)).toEqual(['', '']);
  });
});

describe('csvSafeCell against a reader that splits on another separator', () => {
  it('csvSafeCell guards every part that could start a cell after , ; tab or a line break', () => {
    expect(csvSafeCell("x;=cmd|' /C calc'!A0;")).toBe("x;'=cmd|' /C calc'!A0;");
    expect(csvSafeCell('a,+1\n@b\t-c')).toBe("a,'+1\n'@b\t'-c");
    expect(csvSafeCell('Lærer; Pædagog')).toBe('Lærer; Pædagog');
  });

  it('toCsv in the Danish Excel dialect writes a BOM, ; and decimal commas, quoting cells with , or ;', () => {
    expect(toCsv([['rolle', 'rc'], ['Lærer', 3.5], ['a;b', -0.25]], EXCEL_CSV.da)).toBe('\uFEFFrolle;rc\r\nLærer;"3,5"\r\n"a;b";"-0,25"\r\n');
  });
});
