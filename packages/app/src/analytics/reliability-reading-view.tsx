import type { SurveyScore } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { reliabilityReading } from './reliability-reading';

/** The reliability readings as a short list under the reliability table. */
export function ReliabilityReading({ score, lang }: { readonly score: SurveyScore; readonly lang: Lang }): preact.JSX.Element {
  return (
    <ul class="reliability-reading" id="reliability-reading">
      {reliabilityReading(score, lang).map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}
