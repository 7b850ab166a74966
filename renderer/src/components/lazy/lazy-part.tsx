import { useEffect, useReducer, type ComponentType } from 'react';

/**
 * A part of the UI that is not on the first screen (the access review, a dialog), kept out of
 * the first bundle: its module is fetched when it is first wanted, or earlier by `preload` when
 * the app is idle. Unlike React.lazy there is no Suspense fallback: until the module is there the
 * caller keeps showing what it showed (the frame stays, a dialog opens a moment later), so nothing
 * flashes or shifts.
 */
export interface LazyPart<P extends object> {
  /** Fetches the module now (once); resolves when it is there. */
  preload(): Promise<void>;
  /** Whether the module is there; asks for it while `wanted`, and re-renders the caller when it arrives. */
  useReady(wanted: boolean): boolean;
  /** The part itself: renders nothing until its module is there. */
  Part: ComponentType<P>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (err: unknown) => {
        pending = null; // a failed fetch is tried again the next time the part is wanted
        throw err;
      },
    ));
  function Part(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return {
    preload,
    Part,
    useReady(wanted) {
      const [, arrived] = useReducer((n: number) => n + 1, 0);
      useEffect(() => {
        if (!wanted || loaded) return;
        let live = true;
        preload().then(
          () => live && arrived(),
          (err: unknown) => console.error('Could not load a part of the window:', err),
        );
        return () => {
          live = false;
        };
      }, [wanted]);
      return loaded !== null;
    },
  };
}
