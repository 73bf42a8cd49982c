import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The rendered width of an element in CSS pixels, kept up to date with a ResizeObserver.
 * Starts at `fallbackPx` (also where ResizeObserver is missing, as in jsdom).
 */
export function useElementWidth<E extends HTMLElement>(fallbackPx: number): [RefObject<E>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallbackPx);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      // A hidden element measures 0; keep the last width rather than drawing nothing.
      if (measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return [ref, width];
}
