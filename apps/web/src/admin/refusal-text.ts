import type { TFunction } from 'i18next';

/** A refusal in the user's language from its code and parameters (the `refusal` namespace), else the server's message. */
export function refusalText(t: TFunction, refusal: { code?: string; params?: Record<string, unknown>; message?: string }): string {
  if (!refusal.code?.includes('.')) return refusal.message ?? '';
  const params = Object.fromEntries(Object.entries(refusal.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join('、') : v]));
  return (t as unknown as (key: string, options: object) => string)(refusal.code, { ns: 'refusal', ...params });
}
