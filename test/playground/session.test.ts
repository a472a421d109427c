/** The playground session: sidebar open/close bookkeeping and workbook swaps (dev/playground/session.ts). */
import { describe, expect, it } from 'vitest';
import { type EmulatorSource, Session } from '../../dev/playground/session';
import { FakeEmulator } from '../e2e/fake-emulator';
import { galleryView } from '../e2e/gallery-view';

function source(): { source: EmulatorSource; made: FakeEmulator[] } {
  const made: FakeEmulator[] = [];
  const make = async () => {
    const emu = new FakeEmulator(galleryView());
    made.push(emu);
    return emu;
  };
  return { source: { demo: make, open: make, demoName: 'Gallery' }, made };
}

describe('Session', () => {
  it('shows a sidebar until the user closes it, and reopens it when the add-on shows one again', async () => {
    const { source: src } = source();
    const session = await Session.start(src);
    expect(session.state().ui.sidebar).toBeUndefined();
    session.emulator.run('showSidebar');
    const first = session.state().ui.sidebar;
    expect(first?.title).toBe('Funnel SLA');
    expect(session.sidebarHtml()).toContain('<main id="app"');
    // Reading again is not a new sidebar: the iframe must not reload.
    expect(session.state().ui.sidebar?.version).toBe(first?.version);
    session.closeSidebar();
    expect(session.state().ui.sidebar).toBeUndefined();
    expect(session.sidebarHtml()).toBeUndefined();
    session.emulator.run('showSidebar');
    expect(session.state().ui.sidebar?.version).toBeGreaterThan(first!.version);
  });

  it('swaps the workbook on open/reset, bumping the generation and naming the file', async () => {
    const { source: src } = source();
    const session = await Session.start(src);
    expect(session.state().view.name).toBe('Gallery');
    const before = session.state().generation;
    await session.open('/nowhere.xlsx', 'Plan 2027.xlsx');
    expect(session.state().generation).toBe(before + 1);
    expect(session.state().view.name).toBe('Plan 2027');
    await session.reset();
    expect(session.state().view.name).toBe('Gallery');
  });
});
