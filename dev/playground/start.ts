/**
 * Starts a playground on a port: used by the `npm start` CLI (server.ts) and
 * in-process by the browser tests, so both exercise the same server.
 */
import type { AddressInfo } from 'node:net';
import { createPlaygroundServer } from './app';
import { buildAssets } from './assets';
import { type EmulatorSource, Session } from './session';

export interface RunningPlayground {
  url: string;
  session: Session;
  close(): Promise<void>;
}

export interface StartOptions {
  source: EmulatorSource;
  /** 0 picks a free port. */
  port: number;
  /** Default `localhost`: the playground is for this machine only. */
  host?: string;
}

export async function startPlayground(opts: StartOptions): Promise<RunningPlayground> {
  const [assets, session] = await Promise.all([buildAssets(), Session.start(opts.source)]);
  const server = createPlaygroundServer(session, assets);
  const host = opts.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          session.dispose();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
