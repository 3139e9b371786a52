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

/** The command line: serves `root` on PORT, prints the URL, exits 0 on Ctrl-C (see serve.mjs). */
export declare function serveFromCommandLine(options: {
  root: string;
  env?: Readonly<Record<string, string | undefined>>;
}): Promise<void>;
