/**
 * The judge page is going away (tab closed, app switched, tablet asleep): its lease of an aspect is
 * let go with `navigator.sendBeacon`, which the browser delivers even as the page unloads. A beacon
 * carries no headers, so the access token and the tablet id travel in its form body; the API takes
 * them from there (POST /api/trades/:tradeId/aspects/release-beacon). Without a session or beacon
 * support nothing is sent and the lease ends by itself after 2 minutes.
 */
import { v4 as uuid } from 'uuid';
import { deviceId, seg } from '../api/client';
import { currentSession } from '../auth/session';

export function releaseByBeacon(tradeId: string, competitorNumber: number, aspectId: string): boolean {
  const token = currentSession()?.token;
  if (!token || typeof navigator.sendBeacon !== 'function') return false;
  const body = new URLSearchParams({ token, device: deviceId(), commandId: uuid(), competitorNumber: String(competitorNumber), aspectId });
  return navigator.sendBeacon(`/api/trades/${seg(tradeId)}/aspects/release-beacon`, body);
}
