/** The tablet's one outbox, shared by the judge page's components; sends as the logged-in judge. */
import { useEffect, useSyncExternalStore } from 'react';
import { api, ApiError, newCommandId, seg } from '../api/client';
import { indexedDbMarkStore } from './judge-db';
import { Outbox, type SendMark } from './outbox';

const sendMark: SendMark = async (mark) => {
  try {
    await api.post(`/api/trades/${seg(mark.tradeId)}/marks`, {
      commandId: mark.commandId,
      competitorNumber: mark.competitorNumber,
      aspectId: mark.aspectId,
      mark: mark.mark,
    });
    return { status: 201, message: '' };
  } catch (error) {
    if (error instanceof ApiError)
      return { status: error.status, message: error.message, code: error.body.code, params: error.body.params };
    return 'network';
  }
};

let outbox: Outbox | undefined;

export function theOutbox(): Outbox {
  outbox ??= new Outbox({ store: indexedDbMarkStore, send: sendMark, newCommandId, isOnline: () => navigator.onLine });
  return outbox;
}

/** The outbox's marks (re-rendering on every change), sending as `judgeId` while this is mounted. */
export function useOutbox(judgeId: string) {
  const box = theOutbox();
  const marks = useSyncExternalStore(
    (listener) => box.subscribe(listener),
    () => box.all,
  );
  const waitingForLogin = useSyncExternalStore(
    (listener) => box.subscribe(listener),
    () => box.waitingForLogin,
  );

  useEffect(() => {
    void box.startSending(judgeId);
    const wake = () => void box.wakeUp();
    window.addEventListener('online', wake);
    // A tablet woken from sleep: look again at what waits.
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      void box.startSending(undefined);
    };
  }, [box, judgeId]);

  return { outbox: box, marks, waitingForLogin };
}

/** navigator.onLine, following the browser's online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}
