/** The page's calls to the playground server. */
import type { CallOutcome, PlaygroundState } from '../protocol';

let lastText = '';

/**
 * The current state, or undefined when nothing changed since the last call:
 * a sidebar may call the server on every keystroke, and redrawing an
 * unchanged 1,500-row grid each time would be wasted work.
 */
export async function fetchState(): Promise<PlaygroundState | undefined> {
  const res = await fetch('/api/view');
  if (!res.ok) throw new Error(`GET /api/view: ${res.status}`);
  const text = await res.text();
  if (text === lastText) return undefined;
  lastText = text;
  return JSON.parse(text) as PlaygroundState;
}

export async function post(path: string, body: unknown): Promise<CallOutcome> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  return (await res.json()) as CallOutcome;
}

export async function uploadXlsx(file: File): Promise<CallOutcome> {
  const res = await fetch(`/api/open-xlsx?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  return (await res.json()) as CallOutcome;
}
