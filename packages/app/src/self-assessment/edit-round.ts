import type { AssessmentRound, StatementPick } from '@relcap/core';
import type { Draft } from 'immer';
import type { PickField, SaEdit } from './types';

type R = Draft<AssessmentRound>;

/**
 * The first `${prefix}${n}` (n = 1, 2, ...) not in `taken`; at most `taken.size + 1` tries.
 *
 * @example
 * ```ts
 * freeId('p', new Set(['p1', 'p3'])); // 'p2'
 * ```
 */
export function freeId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const statementIds = (r: R): Set<string> => new Set(r.template.areas.flatMap((a) => a.statements.map((s) => s.id)));

/** The team's own words are used for both languages (a template's own statements are not translated). */
const both = (text: string): { da: string; en: string } => ({ da: text.trim(), en: text.trim() });

function removeStatement(r: R, id: string): void {
  for (const area of r.template.areas) {
    const i = area.statements.findIndex((s) => s.id === id);
    if (i >= 0) area.statements.splice(i, 1);
  }
  // An area left without statements goes too (the format has no empty areas). The last
  // statement of the template stays: the validator refuses an empty template.
  const kept = r.template.areas.filter((a) => a.statements.length > 0);
  if (kept.length > 0 && kept.length < r.template.areas.length) r.template.areas = kept;
  for (const p of r.participants) if (id in p.ratings) delete p.ratings[id];
  const pi = r.picks.findIndex((p) => p.statementId === id);
  if (pi >= 0) r.picks.splice(pi, 1);
}

function editPick(pick: Draft<StatementPick>, field: PickField, text: string): void {
  if (field === 'childAndParentsWillNotice' || field === 'whatItTakes') pick[field] = text;
  else pick.plan[field] = text;
}

/**
 * Applies one edit to a draft of the round (an immer recipe, so the patches record exactly what
 * changed). Unknown ids leave the draft as it is; whether the result is a valid round (scale,
 * at most three picks, no empty texts) is for core's `validateRound` to say afterwards.
 * O(statements + participants).
 *
 * @example
 * ```ts
 * const next = produce(round, (d) => editRound(d, { type: 'saRate', participantId: 'p1', statementId: 'meet-structure-1', value: 7 }));
 * ```
 */
export function editRound(r: R, e: SaEdit): void {
  switch (e.type) {
    case 'saRate': {
      const p = r.participants.find((x) => x.id === e.participantId);
      if (p === undefined || !statementIds(r).has(e.statementId)) return;
      if (e.value === null) delete p.ratings[e.statementId];
      else p.ratings[e.statementId] = e.value;
      return;
    }
    case 'saAddParticipant': {
      const id = freeId('p', new Set(r.participants.map((p) => p.id)));
      const name = e.name?.trim() ?? '';
      r.participants.push(name === '' ? { id, ratings: {} } : { id, name, ratings: {} });
      return;
    }
    case 'saRenameParticipant': {
      const p = r.participants.find((x) => x.id === e.participantId);
      if (p === undefined) return;
      if (e.name.trim() === '') delete p.name;
      else p.name = e.name.trim();
      return;
    }
    case 'saRemoveParticipant': {
      const i = r.participants.findIndex((x) => x.id === e.participantId);
      if (i >= 0) r.participants.splice(i, 1);
      return;
    }
    case 'saAddArea': {
      const id = freeId('own-area-', new Set(r.template.areas.map((a) => a.id)));
      r.template.areas.push({ id, title: both(e.title), statements: [{ id: freeId('own-', statementIds(r)), text: both(e.statement) }] });
      return;
    }
    case 'saAddStatement': {
      const area = r.template.areas.find((a) => a.id === e.areaId);
      if (area !== undefined) area.statements.push({ id: freeId('own-', statementIds(r)), text: both(e.text) });
      return;
    }
    case 'saEditStatement':
      for (const area of r.template.areas) for (const s of area.statements) if (s.id === e.statementId) s.text = both(e.text);
      return;
    case 'saRemoveStatement':
      removeStatement(r, e.statementId);
      return;
    case 'saTogglePick': {
      const i = r.picks.findIndex((p) => p.statementId === e.statementId);
      if (i >= 0) r.picks.splice(i, 1);
      else if (statementIds(r).has(e.statementId)) r.picks.push({ statementId: e.statementId, childAndParentsWillNotice: '', whatItTakes: '', plan: { who: '', what: '', when: '' } });
      return;
    }
    case 'saEditPick': {
      const pick = r.picks.find((p) => p.statementId === e.statementId);
      if (pick !== undefined) editPick(pick, e.field, e.text);
      return;
    }
    case 'saSetDate':
      r.date = e.date;
      return;
    case 'saSetLabel':
      if (e.label.trim() === '') delete r.label;
      else r.label = e.label.trim();
      return;
  }
}
