import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newCommandId, seg } from '../api/client';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useApi } from '../components/useApi';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

type WorkingDaysYear = Schemas['WorkingDaysYearDto'];

/** The first year of the built-in data; the list runs to next year. */
const FIRST_YEAR = 2025;
const yearsFrom = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Working days in China (工作日), as the publicity period (公示) counts them: the State Council's
 * holidays and make-up working days of a year, and the organiser's corrections (docs/working-days.md).
 */
export function WorkingDaysSection() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const days = useApi<WorkingDaysYear>(`/api/working-days/${year}`);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'rest' | 'work'>('rest');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function send(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      // Read models follow the store: read the year again a moment later.
      setTimeout(days.reload, 150);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const correct = () =>
    send(async () => {
      await api.put(`/api/working-days/${seg(date)}`, { commandId: newCommandId(), kind, note });
      setNote('');
    });
  const withdraw = (day: string) => send(() => api.command(`/api/working-days/${seg(day)}/correction-withdrawal`));
  const weekday = (day: string) => t(`workingDays.weekday.${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`);

  return (
    <section className="admin-section" aria-labelledby="working-days-title">
      <h2 id="working-days-title">{t('workingDays.title')}</h2>
      <p className="notice">{t('workingDays.intro')}</p>
      <SelectField
        label={t('workingDays.year')}
        name="working-days-year"
        value={String(year)}
        options={yearsFrom(FIRST_YEAR, Math.max(thisYear, FIRST_YEAR) + 1).map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(e) => setYear(Number(e.target.value))}
      />
      <AsyncState resource={days}>
        {(data) => (
          <>
            <p data-official-notice={data.officialNotice ?? ''}>
              {data.officialNotice
                ? t('workingDays.official', { notice: data.officialNotice })
                : t('workingDays.noOfficial', { year: data.year })}
            </p>
            <div className="table-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th>{t('workingDays.date')}</th>
                    <th>{t('workingDays.kind')}</th>
                    <th>{t('workingDays.label')}</th>
                    <th>{t('workingDays.source')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.days.map((d) => (
                    <tr key={d.date} data-date={d.date} data-working={d.working}>
                      <td>
                        {d.date} {weekday(d.date)}
                      </td>
                      <td>{t(`workingDays.kinds.${d.kind}`)}</td>
                      <td>{d.label ?? ''}</td>
                      <td>{t(`workingDays.sources.${d.source}`)}</td>
                      <td>
                        {d.source === 'correction' ? (
                          <button type="button" className="button" disabled={busy} onClick={() => withdraw(d.date)}>
                            {t('workingDays.withdraw')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </AsyncState>
      <h3>{t('workingDays.correctTitle')}</h3>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void correct();
        }}
      >
        <InputField
          label={t('workingDays.date')}
          name="working-day-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
        />
        <SelectField
          label={t('workingDays.kind')}
          name="working-day-kind"
          value={kind}
          options={(['rest', 'work'] as const).map((k) => ({ value: k, label: t(`workingDays.correctionKinds.${k}`) }))}
          onChange={(e) => setKind(e.target.value as 'rest' | 'work')}
        />
        <InputField
          label={t('workingDays.note')}
          name="working-day-note"
          value={note}
          maxLength={200}
          hint={t('workingDays.noteHint')}
          onChange={(e) => setNote(e.target.value)}
          required
        />
        <button type="submit" className="button button--primary" data-action="correct-working-day" disabled={busy || !date}>
          {t('workingDays.correct')}
        </button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
