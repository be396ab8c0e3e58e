import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * A function that keeps its identity across renders and calls the latest `callback`: for a memoized child's event
 * handler that reads this render's values (React's useEffectEvent may not be handed to children). Call it from
 * events only, never while rendering.
 */
export function useStableCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
