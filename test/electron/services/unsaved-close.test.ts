import { describe, expect, it } from 'vitest';
import { onUnsavedClose, UNSAVED_CLOSE_PROMPT, unsavedCloseChoice } from '../../../electron/services/unsaved-close';

// The unsaved-changes prompt of a closing window (main.ts wires it to will-prevent-unload).
describe('the unsaved-changes prompt on close', () => {
  function run(response: number) {
    const done: string[] = [];
    const choice = onUnsavedClose(response, {
      closeNow: () => done.push('close'),
      askPageToSave: () => done.push('ask-save'),
    });
    return { choice, done };
  }

  it('offers Save, Discard changes and Keep editing, with Keep editing the default and Escape', () => {
    expect(UNSAVED_CLOSE_PROMPT.buttons).toEqual(['Save', 'Discard changes', 'Keep editing']);
    expect(UNSAVED_CLOSE_PROMPT.buttons[UNSAVED_CLOSE_PROMPT.defaultId]).toBe('Keep editing');
    expect(UNSAVED_CLOSE_PROMPT.buttons[UNSAVED_CLOSE_PROMPT.cancelId]).toBe('Keep editing');
  });

  it('Save asks the page to save and does not close: the page closes once the save succeeded', () => {
    expect(run(UNSAVED_CLOSE_PROMPT.buttons.indexOf('Save'))).toEqual({ choice: 'save', done: ['ask-save'] });
  });

  it('Discard changes closes now', () => {
    expect(run(UNSAVED_CLOSE_PROMPT.buttons.indexOf('Discard changes'))).toEqual({
      choice: 'discard',
      done: ['close'],
    });
  });

  it('Keep editing, Escape and an unknown answer keep the window open and do nothing', () => {
    expect(run(UNSAVED_CLOSE_PROMPT.cancelId)).toEqual({ choice: 'keep', done: [] });
    expect(run(99)).toEqual({ choice: 'keep', done: [] });
    expect(run(-1)).toEqual({ choice: 'keep', done: [] });
    expect(unsavedCloseChoice(2)).toBe('keep');
  });
});
