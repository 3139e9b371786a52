// The scoring worker: one request per message, replies by postMessage. The page cancels a run by
// terminating the worker, so nothing here needs to watch for cancellation.
import type { ScoreRequest, WorkerReply } from './protocol';
import { scoreFile } from './score-file';

// The app's tsconfig has the DOM lib (not the worker lib); this is the part of the worker scope used.
const scope = self as unknown as { onmessage: ((ev: MessageEvent<ScoreRequest>) => void) | null; postMessage(m: WorkerReply): void };
scope.onmessage = (ev): void => {
  void scoreFile(ev.data, (m) => scope.postMessage(m));
};
