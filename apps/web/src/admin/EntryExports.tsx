import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { ErrorNotice } from '../components/AsyncState';

/**
 * The entries as spreadsheets (the API's exports): a city reviewer gets its own city's, the organiser
 * every city's; ID numbers and phones masked. The trade filter of the page narrows them.
 */
export function EntryExports({ tradeId }: { tradeId: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();

  async function download(kind: 'entries' | 'confirmed') {
    setError(undefined);
    setBusy(kind);
    try {
      const query = tradeId ? `?tradeId=${encodeURIComponent(tradeId)}` : '';
      const file = await request<Blob>('GET', `/api/exports/${kind}.xlsx${query}`, { blob: true, timeoutMs: 120_000 });
      const url = URL.createObjectURL(file);
      const link = Object.assign(document.createElement('a'), { href: url, download: `${kind}${tradeId ? `-${tradeId}` : ''}.xlsx` });
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="toolbar entry-exports">
      <button type="button" className="button" disabled={busy !== undefined} onClick={() => download('entries')} data-export="entries">
        {t('rolesDesk.exports.entries')}
      </button>
      <button type="button" className="button" disabled={busy !== undefined} onClick={() => download('confirmed')} data-export="confirmed">
        {t('rolesDesk.exports.confirmed')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
