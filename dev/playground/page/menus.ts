/**
 * The menu bar: File (open / save / reset), Extensions → the add-on's menus
 * (as UiState records them), and the rest of Sheets' menus shown for
 * familiarity but disabled. Menus are buttons in role=menu lists, so they
 * work from the keyboard and tests can find them by name.
 */
import { h } from './dom';

export type MenuEntry =
  | { label: string; action: () => void; disabled?: boolean; hint?: string }
  | { label: string; submenu: MenuEntry[] }
  | 'separator';

export interface TopMenu {
  label: string;
  entries: MenuEntry[];
}

export class MenuBar {
  private open: HTMLElement | undefined;

  constructor(private readonly bar: HTMLElement) {
    document.addEventListener('click', (e) => {
      if (!this.bar.contains(e.target as Node)) this.close();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  render(menus: TopMenu[], inert: string[]): void {
    this.close();
    const roots = menus.map((m) => this.top(m));
    const disabled = inert.map((label) =>
      h(
        'button',
        {
          type: 'button',
          class: 'menu-top',
          role: 'menuitem',
          'aria-disabled': 'true',
          title: 'Not emulated in the playground',
        },
        label,
      ),
    );
    // Sheets' order: File Edit View Insert Format Data Tools Extensions Help.
    const [file, extensions] = roots;
    this.bar.replaceChildren(file, ...disabled.slice(0, 6), extensions, ...disabled.slice(6));
  }

  close(): void {
    if (!this.open) return;
    for (const el of this.open.querySelectorAll('[aria-expanded="true"]')) {
      el.setAttribute('aria-expanded', 'false');
    }
    for (const el of this.open.querySelectorAll<HTMLElement>('[role="menu"]')) el.hidden = true;
    this.open = undefined;
  }

  private top(menu: TopMenu): HTMLElement {
    const list = this.list(menu.entries, menu.label);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'menu-top',
        role: 'menuitem',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      },
      menu.label,
    );
    const root = h('div', { class: 'menu-root' }, button, list);
    button.addEventListener('click', () => {
      const wasOpen = this.open === root;
      this.close();
      if (!wasOpen) this.show(root, button, list);
    });
    // Like Sheets: once a menu is open, hovering another top-level menu switches to it.
    button.addEventListener('mouseenter', () => {
      if (this.open && this.open !== root) {
        this.close();
        this.show(root, button, list);
      }
    });
    return root;
  }

  private show(root: HTMLElement, button: HTMLElement, list: HTMLElement): void {
    this.open = root;
    button.setAttribute('aria-expanded', 'true');
    list.hidden = false;
    list.querySelector<HTMLElement>('button:not([aria-disabled])')?.focus({ preventScroll: true });
  }

  private list(entries: MenuEntry[], label: string): HTMLElement {
    const list = h('div', { class: 'menu', role: 'menu', 'aria-label': label });
    list.hidden = true;
    for (const entry of entries) {
      if (entry === 'separator') {
        list.append(h('div', { class: 'menu-sep', role: 'separator' }));
      } else if ('submenu' in entry) {
        list.append(this.submenu(entry.label, entry.submenu));
      } else {
        const item = h(
          'button',
          {
            type: 'button',
            class: 'menu-item',
            role: 'menuitem',
            'aria-disabled': entry.disabled ? 'true' : undefined,
            title: entry.hint,
          },
          entry.label,
        );
        if (!entry.disabled) {
          item.addEventListener('click', () => {
            this.close();
            entry.action();
          });
        }
        list.append(item);
      }
    }
    return list;
  }

  private submenu(label: string, entries: MenuEntry[]): HTMLElement {
    const list = this.list(entries, label);
    list.classList.add('submenu');
    const trigger = h(
      'button',
      {
        type: 'button',
        class: 'menu-item has-sub',
        role: 'menuitem',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      },
      label,
    );
    const wrap = h('div', { class: 'menu-sub' }, trigger, list);
    const openSub = () => {
      const parent = wrap.parentElement;
      // Only one submenu of a menu is open at a time.
      for (const other of parent?.querySelectorAll<HTMLElement>(':scope > .menu-sub') ?? []) {
        if (other === wrap) continue;
        other.querySelector('.has-sub')?.setAttribute('aria-expanded', 'false');
        const l = other.querySelector<HTMLElement>('.submenu');
        if (l) l.hidden = true;
      }
      trigger.setAttribute('aria-expanded', 'true');
      list.hidden = false;
    };
    trigger.addEventListener('mouseenter', openSub);
    trigger.addEventListener('click', (e) => {
      e.stopPropagation();
      openSub();
      list.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    });
    trigger.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight') {
        openSub();
        list.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
      }
    });
    return wrap;
  }
}
