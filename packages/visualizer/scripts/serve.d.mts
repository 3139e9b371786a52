/** The Content-Security-Policy sent with every response. */
export declare const CSP: string;

/** A running static server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (see serve.mjs). */
export declare function startServer(options: { port?: number; root: string; host?: string; strictPort?: boolean }): Promise<RunningServer>;
