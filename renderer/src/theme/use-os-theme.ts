import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** Light or dark, following the OS setting, and switching live when it changes. */
export function useOsTheme(): { theme: Theme; mode: 'light' | 'dark' } {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark ? { theme: webDarkTheme, mode: 'dark' } : { theme: webLightTheme, mode: 'light' };
}
