/** The tab strip at the bottom: visible tabs only, the shown one selected, tab colours as a bar. */
import type { SheetView } from '../../emulator/contract';
import { h } from './dom';

export function renderTabs(
  strip: HTMLElement,
  sheets: SheetView[],
  current: string,
  choose: (name: string) => void,
): void {
  const tabs = sheets
    .filter((s) => !s.hidden)
    .sort((a, b) => a.index - b.index)
    .map((s) => {
      const selected = s.name === current;
      const tab = h(
        'button',
        {
          type: 'button',
          class: 'sheet-tab',
          role: 'tab',
          'aria-selected': selected ? 'true' : 'false',
          tabindex: selected ? 0 : -1,
          title: s.protected ? `${s.name} (protected)` : s.name,
        },
        s.protected ? h('span', { class: 'lock', 'aria-hidden': 'true' }, '🔒') : '',
        s.name,
      );
      if (s.tabColor) tab.style.setProperty('--tab-color', s.tabColor);
      tab.addEventListener('click', () => choose(s.name));
      return tab;
    });
  strip.replaceChildren(...tabs);
}
