/** Small Preact hooks the extension pages share: settings, focus state and a ticking clock. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultSettings, getSettings, watchSettings, type Settings } from '@/lib/storage/settings';
import { FOCUS_STATE_KEY, type FocusState } from '@/lib/features/focus/model';
import { RECORD_QUEUE_KEY, type StoredRecordQueue } from '@/lib/storage/schema';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    getSettings()
      .then((s) => live && setSettings(s))
      .catch((error) => {
        console.error('[handoff] reading settings failed', error);
        if (live) setSettings(defaultSettings());
      });
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

export function useFocusState(): FocusState | null {
  const [state, setState] = useState<FocusState | null>(null);
  useEffect(() => {
    void browser.storage.local.get(FOCUS_STATE_KEY).then((s) => setState((s[FOCUS_STATE_KEY] as FocusState | undefined) ?? null));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && FOCUS_STATE_KEY in changes) setState((changes[FOCUS_STATE_KEY]?.newValue as FocusState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return state;
}

/** The queue of sent messages waiting to be recorded (lib/background/record-queue.ts), as stored; null when none. */
export function useRecordQueue(): StoredRecordQueue | null {
  const [queue, setQueue] = useState<StoredRecordQueue | null>(null);
  useEffect(() => {
    void browser.storage.local.get(RECORD_QUEUE_KEY).then((s) => setQueue((s[RECORD_QUEUE_KEY] as StoredRecordQueue | undefined) ?? null));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RECORD_QUEUE_KEY in changes) setQueue((changes[RECORD_QUEUE_KEY]?.newValue as StoredRecordQueue | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return queue;
}

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "3:30 PM" or "15:30" in `zone`. */
export function formatClock(ms: number, zone: string, hourCycle: Settings['hourCycle']): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    ...(hourCycle === 'auto' ? {} : { hourCycle }),
  }).format(ms);
}
