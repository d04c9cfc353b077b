import { request } from '../api/client';

/** Fetches a PDF with the session's token (a plain link would carry none) and opens it in a new tab to print. */
export async function openPdf(method: 'GET' | 'POST', path: string, body?: object): Promise<void> {
  const blob = await request<Blob>(method, path, { blob: true, timeoutMs: 60_000, ...(body ? { body } : {}) });
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  // The tab has loaded it by then; the object URL is not needed any longer.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
