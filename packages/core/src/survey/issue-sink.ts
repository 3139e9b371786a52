import type { SurveyFormatError } from '../errors/relcap-error';
import type { ImportOptions } from './import-options';

/**
 * Where problems go: strict mode throws the first one; lenient mode counts every one, keeps the
 * first `maxIssues` and passes each to `onIssue`. Internal.
 */
export class IssueSink {
  readonly issues: SurveyFormatError[] = [];
  count = 0;
  private readonly strict: boolean;
  private readonly max: number;
  private readonly onIssue: ImportOptions['onIssue'];

  constructor(o: Pick<ImportOptions, 'mode' | 'maxIssues' | 'onIssue'>) {
    this.strict = o.mode === 'strict';
    this.max = o.maxIssues;
    this.onIssue = o.onIssue;
  }

  report(e: SurveyFormatError): void {
    if (this.strict) throw e;
    this.count++;
    if (this.issues.length < this.max) this.issues.push(e);
    this.onIssue?.(e);
  }
}
