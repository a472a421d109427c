/**
 * The slice of Apps Script's client-side API the sidebar uses (declared here
 * rather than taken from @types/google-apps-script, which is the server's world).
 */
declare namespace google.script {
  /** Configured copies come back from each with*; any other property calls that server function. */
  interface Runner {
    withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(userObject: unknown): Runner;
    [serverFunction: string]: unknown;
  }
  const run: Runner;
  const host: {
    close(): void;
    editor: { focus(): void };
    setHeight(px: number): void;
    setWidth(px: number): void;
  };
}
