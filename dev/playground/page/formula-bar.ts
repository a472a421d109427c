/** The name box and formula bar: shows the selected cell's A1 and formula (or value); Enter writes. */
import type { CellView } from '../../emulator/contract';
import { a1 } from './a1';
import { editText } from './cell-style';
import { byId } from './dom';
import type { Selection } from './grid';

export class FormulaBar {
  private readonly nameBox = byId<HTMLInputElement>('name-box');
  private readonly input = byId<HTMLInputElement>('formula-input');
  private original = '';
  private at: Selection | undefined;

  constructor(commit: (value: string) => void, cancel: () => void) {
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit(this.input.value);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.input.value = this.original;
        cancel();
      }
    });
  }

  show(sel: Selection, cell: CellView | undefined): void {
    const same = this.at?.r === sel.r && this.at?.c === sel.c;
    // A refresh (e.g. the sidebar calling the server) must not wipe what the user is typing.
    const editing = document.activeElement === this.input && this.input.value !== this.original;
    this.at = sel;
    this.nameBox.value = a1(sel.r, sel.c);
    this.original = editText(cell);
    if (!(same && editing)) this.input.value = this.original;
  }

  /** Starts editing: with the first typed key replacing the content, or keeping it (Enter/F2). */
  edit(initial?: string): void {
    if (initial !== undefined) this.input.value = initial;
    this.input.focus();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }
}
