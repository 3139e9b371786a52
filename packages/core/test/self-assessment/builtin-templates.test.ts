import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { BUILTIN_TEMPLATES, GUIDE_TITLE, getBuiltinTemplate, validateTemplate } from '../../src/self-assessment/index';

describe('built-in templates', () => {
  it('are six, one per theme of the guide, in its order', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(['leadership', 'organisation', 'meetings', 'participation', 'effect', 'professions']);
    expect(BUILTIN_TEMPLATES.map((t) => t.source)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${GUIDE_TITLE}, theme ${n}`));
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s passes the validator unchanged (as JSON too)', (_id, t) => {
    expect(validateTemplate(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('has the four leadership areas and two areas elsewhere', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.areas.length)).toEqual([4, 2, 2, 2, 2, 2]);
  });

  it('words every statement as a first-person-plural claim in Danish and English', () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const s of t.areas.flatMap((a) => a.statements)) {
        expect(s.text.da, s.id).toMatch(/^Vi /);
        expect(s.text.en, s.id).toMatch(/^We /);
      }
    }
  });

  it('use the 0..10 scale with the anchors of the exercise', () => {
    for (const t of BUILTIN_TEMPLATES) expect([t.scale.min, t.scale.max, t.scale.anchors.max.da]).toEqual([0, 10, 'Vi gør det til perfektion']);
  });

  it('finds a template by id and names the known ids otherwise', () => {
    expect(getBuiltinTemplate('effect').title.en).toBe('Effect of the collaboration');
    expect(() => getBuiltinTemplate('nope')).toThrow(OptionsError);
  });
});
