import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { InterchangeError, parseXml, toGexf, toGraphml } from '../../src/io/index';
import type { NetworkMap } from '../../src/map/index';

const NASTY = '<script>alert("x")</script> & Co \'a\'';
const MAP: NetworkMap = {
  schemaVersion: 2,
  title: 'A & B <kort>',
  type: 'child',
  actors: [
    { id: 'a&1', label: NASTY, kind: 'professional', notes: 'line 1\nline 2\r\n\ttab' },
    { id: '"b"', label: 'Sundhedsplejerske æøå', kind: 'family' },
  ],
  relations: [{ id: 'r<1>', source: 'a&1', target: '"b"', directed: false, kind: 'strength', strength: 'weak', notes: ']]> &amp;' }],
};

describe('XML writers escape labels and never emit markup from data', () => {
  it.each([
    ['GraphML', toGraphml(MAP)],
    ['GEXF', toGexf(MAP)],
  ])('%s holds no raw <script> and escapes & < > "', (_name, xml) => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(xml).toContain('&amp;amp;');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('graphology-graphml (an independent DOM-based parser) reads the labels back verbatim', () => {
    const g = graphml.parse(Graph, toGraphml(MAP));
    expect(g.getNodeAttribute('a&1', 'label')).toBe(NASTY);
    expect(g.getNodeAttribute('a&1', 'notes')).toBe('line 1\nline 2\r\n\ttab');
    expect(g.getNodeAttribute('"b"', 'label')).toBe('Sundhedsplejerske æøå');
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
  });

  it('graphology-gexf (an independent DOM-based parser) reads the labels back verbatim', () => {
    const g = gexf.parse(Graph, toGexf(MAP));
    expect(g.getNodeAttribute('a&1', 'label')).toBe(NASTY);
    expect(g.getNodeAttribute('a&1', 'notes')).toBe('line 1\nline 2\r\n\ttab');
    expect(g.getAttribute('title')).toBe('A & B <kort>');
    expect(g.size).toBe(1);
  });

  it.each([
    ['GraphML', toGraphml],
    ['GEXF', toGexf],
  ])('%s refuses a control character that XML 1.0 cannot hold, naming the field', (_name, write) => {
    const bad: NetworkMap = { ...MAP, actors: [{ ...MAP.actors[0]!, label: 'a\u0001b' }, MAP.actors[1]!] };
    let err: unknown;
    try {
      write(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InterchangeError);
    expect((err as InterchangeError).code).toBe('RELCAP_XML_INVALID_CHARACTER');
    expect((err as InterchangeError).location.path).toMatch(/^actors\[0\]/);
  });
});
