import { describe, expect, it } from 'vitest';
import { isSaveShortcut } from '../../../../renderer/src/components/settings/save-shortcut';

const key = (over: Partial<KeyboardEvent>) => ({
  key: 's',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});

describe('isSaveShortcut', () => {
  it('is Ctrl+S or Cmd+S, whatever the case of the letter (Caps Lock)', () => {
    expect(isSaveShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 'S' }))).toBe(true);
    expect(isSaveShortcut(key({ metaKey: true }))).toBe(true);
  });
  it('is not S alone, Ctrl+Shift+S, Ctrl+Alt+S (AltGr on some layouts) or another letter', () => {
    expect(isSaveShortcut(key({}))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 'a' }))).toBe(false);
  });
});
