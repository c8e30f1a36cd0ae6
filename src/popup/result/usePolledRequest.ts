import { useEffect, useState } from 'preact/hooks';
import type { SignRequestSummary } from '../../shared/messages';
import type { Background } from '../deps';

/** About a minute at the default 3 s: conversion is usually done well before. */
export const MAX_POLLS = 20;

/**
 * Re-reads a request while Box is still converting it, so the user sees "converting" become
 * "sent". Slow and bounded (Box rate-limits Sign), and stops when the popup closes.
 */
export function usePolledRequest(background: Background, initial: SignRequestSummary, intervalMs: number): SignRequestSummary {
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    if (initial.status !== 'converting') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    const poll = async () => {
      polls += 1;
      try {
        const next = await background('getSignRequest', { id: initial.id });
        if (stopped) return;
        setCurrent(next);
        if (next.status !== 'converting') return;
      } catch {
        // A failed read changes nothing the user needs to act on: keep the last status, try again.
        if (stopped) return;
      }
      if (polls < MAX_POLLS) timer = setTimeout(() => void poll(), intervalMs);
    };
    timer = setTimeout(() => void poll(), intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [background, initial, intervalMs]);
  return current;
}
