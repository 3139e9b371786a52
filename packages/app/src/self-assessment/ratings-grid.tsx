import { type AssessmentRound, participantLabel } from '@relcap/core';
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';

const cellId = (r: number, c: number): string => `sa-cell-${r}-${c}`;

/** A typed cell: '' is "not rated"; anything else is a number for core's validator to judge (never clamped). */
const parseCell = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** Moves the focus by arrow keys and Enter; the cell left commits its value (change event). */
function onGridKey(ev: KeyboardEvent, r: number, c: number, rows: number, cols: number): void {
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], Enter: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const m = moves[ev.key];
  if (m === undefined || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  const nr = r + m[0];
  const nc = c + m[1];
  if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) return;
  ev.preventDefault();
  const next = document.getElementById(cellId(nr, nc));
  if (next instanceof HTMLInputElement) next.focus();
}

/**
 * A rating cell whose typed text belongs to the person typing until the cell commits it: the
 * state writes the cell only when the stored rating itself changes (a commit, an undo), never on
 * an unrelated redraw (the autosave's first save, say), which would wipe a digit typed but not yet
 * committed.
 */
function RatingInput(props: {
  readonly id: string;
  readonly participant: string;
  readonly statement: string;
  readonly label: string;
  readonly shown: string;
  readonly onKeyDown: (ev: KeyboardEvent) => void;
  readonly onCommit: (input: HTMLInputElement) => void;
}): JSX.Element {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current !== null) ref.current.value = props.shown;
  }, [props.shown]);
  return (
    <input
      ref={ref}
      type="text"
      inputMode="numeric"
      class="sa-cell"
      id={props.id}
      data-participant={props.participant}
      data-statement={props.statement}
      autocomplete="off"
      maxLength={3}
      aria-label={props.label}
      defaultValue={props.shown}
      onFocus={(ev) => ev.currentTarget.select()}
      onKeyDown={props.onKeyDown}
      onChange={(ev) => props.onCommit(ev.currentTarget)}
    />
  );
}

/**
 * The ratings: one row per statement, one column per participant (or one participant at a time,
 * for a tablet passed around). Keyboard: arrow keys move, digits type (the cell's text is
 * selected on focus, so a digit replaces it), Enter goes down; touch: tap a cell, the numeric
 * keyboard opens. Each committed cell is one undo step.
 */
export function RatingsGrid(props: { readonly round: AssessmentRound }): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const d = app.store.dispatch;
  const { round } = props;
  const [only, setOnly] = useState<string>('all');
  const statements = round.template.areas.flatMap((a) => a.statements.map((s) => ({ ...s, area: a })));
  const columns = round.participants.map((p, i) => ({ p, i })).filter(({ p }) => only === 'all' || p.id === only);
  const scale = round.template.scale;
  return (
    <section class="sa-panel" aria-labelledby="sa-ratings-heading">
      <h2 id="sa-ratings-heading">{t('ratings')}</h2>
      <p class="muted small">
        {t('scale')}: {scale.min} = {scale.anchors.min[lang]}, {scale.max} = {scale.anchors.max[lang]}. {t('ratingsHint')}
      </p>
      <div class="sa-row">
        <label>
          {t('show')}{' '}
          <select id="sa-show" value={only} onChange={(ev) => setOnly(ev.currentTarget.value)}>
            <option value="all">{t('allParticipants')}</option>
            {round.participants.map((p, i) => (
              <option key={p.id} value={p.id}>
                {t('oneParticipant')}: {participantLabel(round, i)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" id="sa-add-participant" onClick={() => d({ type: 'saAddParticipant' })}>
          {t('addParticipant')}
        </button>
      </div>
      <div class="sa-grid-wrap">
        <table class="sa-grid" id="sa-grid">
          <thead>
            <tr>
              <th scope="col">{t('statement')}</th>
              {columns.map(({ p, i }) => (
                <th key={p.id} scope="col">
                  <span class="sa-col-number">{`#${i + 1}`}</span>
                  <input
                    type="text"
                    class="sa-name"
                    id={`sa-name-${p.id}`}
                    aria-label={`${t('participant')} #${i + 1}: ${t('nameOptional')}`}
                    placeholder={t('name')}
                    value={p.name ?? ''}
                    maxLength={80}
                    onChange={(ev) => d({ type: 'saRenameParticipant', participantId: p.id, name: ev.currentTarget.value })}
                  />
                  <button type="button" class="sa-remove" aria-label={`${t('removeParticipant')} ${participantLabel(round, i)}`} onClick={() => d({ type: 'saRemoveParticipant', participantId: p.id })}>
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statements.map((s, r) => (
              <tr key={s.id}>
                <th scope="row" class="sa-statement">
                  <span class="sa-area muted small">{s.area.title[lang]}</span>
                  {`${r + 1}. ${s.text[lang]}`}
                </th>
                {columns.map(({ p, i }, c) => {
                  const v = p.ratings[s.id];
                  const shown = typeof v === 'number' ? String(v) : '';
                  return (
                    <td key={p.id}>
                      <RatingInput
                        id={cellId(r, c)}
                        participant={p.id}
                        statement={s.id}
                        label={`${t('rating')}, ${participantLabel(round, i)}: ${r + 1}. ${s.text[lang]}`}
                        shown={shown}
                        onKeyDown={(ev) => onGridKey(ev, r, c, statements.length, columns.length)}
                        onCommit={(input) => {
                          const before = app.store.state.sa.round;
                          d({ type: 'saRate', participantId: p.id, statementId: s.id, value: parseCell(input.value) });
                          // Refused (outside the scale, not a whole number): the cell shows the kept value again.
                          if (app.store.state.sa.round === before) input.value = shown;
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
