/**
 * HubSpot over UrlFetchApp: batches sent with fetchAll at most five a second
 * (HubSpot's search limit per account), 429 and 5xx retried with growing
 * pauses, 401/403 stopping at once with a message saying what to fix. The
 * token goes into the Authorization header only: errors are built from the
 * catalog and never carry a request, a header or the token.
 */
import { t } from '../api/messages';
import type { GHTTPResponse, Services } from '../gas/surface';
import { HUBSPOT_ORIGIN } from '../sources/hubspot/search';

/** HubSpot: about five search requests per second per account. */
export const PER_SECOND = 5;
/** Spacing between batch starts: a second plus room for clock jitter. */
const BATCH_SPACING_MS = 1100;
const MAX_TRIES = 6;
const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000];
/** Stop well before Apps Script's 6-minute limit, leaving time to write. */
const BUDGET_MS = 270_000;

export interface HsCall {
  method: 'get' | 'post';
  path: string;
  body?: unknown;
}

export class HubSpotHttp {
  /** HTTP requests made, retries included. */
  requests = 0;
  private lastBatch = Number.NEGATIVE_INFINITY;
  private readonly started = Date.now();

  constructor(
    private readonly svc: Services,
    private readonly token: string,
    private readonly lang: string,
  ) {}

  /** Sends up to PER_SECOND calls in one fetchAll, paced; 'retry' marks calls to send again. */
  private batch(calls: HsCall[]): (GHTTPResponse | 'retry')[] {
    if (Date.now() - this.started > BUDGET_MS)
      throw new Error(t('hubspot.err.tooSlow', { requests: this.requests }, this.lang));
    const wait = this.lastBatch + BATCH_SPACING_MS - Date.now();
    if (wait > 0) this.svc.Utilities.sleep(wait);
    this.lastBatch = Date.now();
    this.requests += calls.length;
    const requests = calls.map((c) => ({
      url: HUBSPOT_ORIGIN + c.path,
      method: c.method,
      headers: { Authorization: `Bearer ${this.token}` },
      muteHttpExceptions: true,
      ...(c.body === undefined
        ? {}
        : { contentType: 'application/json', payload: JSON.stringify(c.body) }),
    }));
    try {
      return this.svc.UrlFetchApp.fetchAll(requests);
    } catch {
      // DNS, timeout, connection reset: retry the whole batch (Google's message names the URL only).
      return calls.map(() => 'retry' as const);
    }
  }

  /**
   * Runs calls to completion: `source` yields the next calls (up to n),
   * `done` takes each JSON answer. Throws (from the catalog) on 401/403/4xx
   * and when retries run out.
   */
  run(
    take: (n: number) => { id: number; call: HsCall }[],
    done: (id: number, json: unknown) => void,
    giveBack: (id: number) => void,
  ): void {
    const tries = new Map<number, number>();
    let pause = 0;
    for (;;) {
      const calls = take(PER_SECOND);
      if (!calls.length) return;
      if (pause) this.svc.Utilities.sleep(pause);
      pause = 0;
      const answers = this.batch(calls.map((c) => c.call));
      answers.forEach((res, i) => {
        const { id } = calls[i];
        const code = res === 'retry' ? 0 : res.getResponseCode();
        if (code >= 200 && code < 300) {
          done(id, JSON.parse((res as GHTTPResponse).getContentText()));
          return;
        }
        if (code === 401) throw new Error(t('hubspot.err.unauthorized', undefined, this.lang));
        if (code === 403) throw new Error(t('hubspot.err.forbidden', undefined, this.lang));
        if (code !== 0 && code !== 429 && code < 500)
          throw new Error(
            t(
              'hubspot.err.badRequest',
              { code, message: this.hubSpotMessage(res as GHTTPResponse) },
              this.lang,
            ),
          );
        const n = (tries.get(id) ?? 1) + 1;
        if (n > MAX_TRIES)
          throw new Error(
            code === 0
              ? t('hubspot.err.network', undefined, this.lang)
              : t('hubspot.err.unavailable', { code, tries: MAX_TRIES }, this.lang),
          );
        tries.set(id, n);
        pause = Math.max(pause, BACKOFF_MS[Math.min(n - 2, BACKOFF_MS.length - 1)]);
        giveBack(id);
      });
    }
  }

  /** One call, retried like the others. */
  one(call: HsCall): unknown {
    let answer: unknown;
    let sent = false;
    this.run(
      () => {
        if (sent) return [];
        sent = true;
        return [{ id: 1, call }];
      },
      (_, json) => {
        answer = json;
      },
      () => {
        sent = false;
      },
    );
    return answer;
  }

  /** HubSpot's own explanation (outside text, shortened; the sidebar shows it inert). */
  private hubSpotMessage(res: GHTTPResponse): string {
    let message = '';
    try {
      const m = (JSON.parse(res.getContentText()) as { message?: unknown }).message;
      message = typeof m === 'string' ? m : '';
    } catch {
      message = '';
    }
    return message.split(this.token).join('•••').slice(0, 200);
  }
}
