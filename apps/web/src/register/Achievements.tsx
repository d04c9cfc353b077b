import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, newCommandId, request, seg } from '../api/client';
import {
  ACHIEVEMENT_CATEGORIES,
  type AchievementCategory,
  type AchievementDraftedAnswer,
  type AchievementSummaryView,
  type AchievementView,
} from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { FieldFrame, InputField, SelectField } from '../components/Field';
import { useCities, useEvents, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';

/** The applicant's achievements (docs/achievements.md): a draft, its files and links, then the submission; phone first. */
export function MyAchievements() {
  const { t } = useTranslation();
  const mine = useApi<AchievementSummaryView[]>('/api/achievements/mine');
  const [open, setOpen] = useState<string>();
  const [creating, setCreating] = useState(false);
  const trades = useTrades();
  const localName = useLocalName();
  const tradeName = (id: string) =>
    localName(
      trades.data?.find((tr) => tr.id === id),
      id,
    );

  if (open)
    return (
      <section className="card achievements" aria-labelledby="achievement-title">
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(undefined);
            mine.reload();
          }}
        >
          {t('achievements.back')}
        </button>
        <AchievementDetail achievementId={open} />
      </section>
    );
  return (
    <section className="card achievements" aria-labelledby="achievements-title">
      <h2 id="achievements-title">{t('achievements.title')}</h2>
      <p className="form__note">{t('achievements.lead')}</p>
      {mine.error && !(mine.error instanceof ApiError && mine.error.status === 404) ? <ErrorNotice error={mine.error} /> : null}
      {mine.data?.length ? (
        <ul className="achievement-list">
          {mine.data.map((a) => (
            <li key={a.achievementId} data-achievement={a.achievementId}>
              <strong>{a.title}</strong> <span className="muted">{tradeName(a.tradeId)}</span>{' '}
              <span className="badge" data-status={a.status}>
                {t(`achievements.status.${a.status as 'draft'}`)}
              </span>{' '}
              <button type="button" className="button" onClick={() => setOpen(a.achievementId)}>
                {t('achievements.open')}
              </button>
            </li>
          ))}
        </ul>
      ) : mine.data ? (
        <p className="muted">{t('achievements.none')}</p>
      ) : null}
      {creating ? (
        <AchievementForm
          onDrafted={(id) => {
            setCreating(false);
            setOpen(id);
          }}
        />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('achievements.start')}
        </button>
      )}
    </section>
  );
}

interface MemberValues {
  name: string;
  idNumber: string;
  phone: string;
  unit: string;
}
interface BenefitValues {
  description: string;
  figure: string;
  unit: string;
}
interface DraftValues {
  tradeId: string;
  city: string;
  title: string;
  category: AchievementCategory | '';
  summary: string;
  members: MemberValues[];
  benefits: BenefitValues[];
}

const emptyMember = (): MemberValues => ({ name: '', idNumber: '', phone: '', unit: '' });

function AchievementForm({ onDrafted }: { onDrafted: (achievementId: string) => void }) {
  const { t } = useTranslation();
  const events = useEvents();
  const trades = useTrades();
  const cities = useCities();
  const localName = useLocalName();
  const [values, setValues] = useState<DraftValues>({
    tradeId: '',
    city: '',
    title: '',
    category: '',
    summary: '',
    members: [emptyMember()],
    benefits: [{ description: '', figure: '', unit: '' }],
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [commandId] = useState(newCommandId);

  const reviews = new Set((events.data ?? []).filter((e) => e.kind === 'achievement').map((e) => e.id));
  const reviewTrades = (trades.data ?? []).filter((tr) => reviews.has(tr.eventId));
  const university = values.category === 'university_transfer';
  const set = (change: Partial<DraftValues>) => setValues((v) => ({ ...v, ...change }));
  const setMember = (i: number, change: Partial<MemberValues>) =>
    set({ members: values.members.map((m, j) => (j === i ? { ...m, ...change } : m)) });
  const setBenefit = (i: number, change: Partial<BenefitValues>) =>
    set({ benefits: values.benefits.map((b, j) => (j === i ? { ...b, ...change } : b)) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const answer = await api.command<AchievementDraftedAnswer>(
        '/api/achievements',
        {
          tradeId: values.tradeId,
          city: values.city,
          title: values.title.trim(),
          category: values.category,
          summary: values.summary.trim(),
          members: values.members.map((m) => ({
            name: m.name.trim(),
            idNumber: m.idNumber.trim().toUpperCase(),
            phone: m.phone.trim(),
            ...(university ? { university: m.unit.trim() } : { employer: m.unit.trim() }),
          })),
          benefits: values.benefits
            .filter((b) => b.description.trim())
            .map((b) => ({ description: b.description.trim(), figure: Number(b.figure), unit: b.unit.trim() })),
        },
        commandId,
      );
      onDrafted(answer.achievementId);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form achievement-form" onSubmit={submit} noValidate aria-labelledby="achievement-new">
      <h3 id="achievement-new">{t('achievements.newTitle')}</h3>
      <SelectField
        label={t('achievements.trade')}
        name="tradeId"
        value={values.tradeId}
        placeholder={t('achievements.chooseTrade')}
        options={reviewTrades.map((tr) => ({ value: tr.id, label: localName(tr) }))}
        onChange={(e) => set({ tradeId: e.target.value })}
      />
      <SelectField
        label={t('achievements.city')}
        name="city"
        value={values.city}
        placeholder={t('register.chooseCity')}
        options={(cities.data ?? []).map((c) => ({ value: c.id, label: localName(c) }))}
        onChange={(e) => set({ city: e.target.value })}
      />
      <InputField
        label={t('achievements.titleField')}
        name="title"
        maxLength={200}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <SelectField
        label={t('achievements.category')}
        name="category"
        value={values.category}
        placeholder={t('achievements.category')}
        options={ACHIEVEMENT_CATEGORIES.map((c) => ({ value: c, label: t(`achievements.categories.${c}`) }))}
        onChange={(e) => set({ category: e.target.value as AchievementCategory })}
      />
      <FieldFrame label={t('achievements.summary')} name="summary">
        {({ id, describedBy }) => (
          <textarea
            id={id}
            name="summary"
            rows={4}
            maxLength={5000}
            aria-describedby={describedBy}
            value={values.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </FieldFrame>
      <fieldset>
        <legend>{t('achievements.team')}</legend>
        {values.members.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the member slots are edited in place; the slot is the identity
          <div className="member" key={i}>
            <h4>{t('achievements.member', { n: i + 1 })}</h4>
            <InputField
              label={t('register.name')}
              name={`members.${i}.name`}
              value={m.name}
              onChange={(e) => setMember(i, { name: e.target.value })}
            />
            <InputField
              label={t('register.idNumber')}
              name={`members.${i}.idNumber`}
              maxLength={18}
              autoComplete="off"
              value={m.idNumber}
              onChange={(e) => setMember(i, { idNumber: e.target.value })}
            />
            <InputField
              label={t('register.phone')}
              name={`members.${i}.phone`}
              type="tel"
              inputMode="numeric"
              maxLength={11}
              value={m.phone}
              onChange={(e) => setMember(i, { phone: e.target.value.replace(/\D/g, '') })}
            />
            <InputField
              label={university ? t('achievements.university') : t('achievements.employer')}
              name={`members.${i}.unit`}
              value={m.unit}
              onChange={(e) => setMember(i, { unit: e.target.value })}
            />
            {i > 0 ? (
              <button type="button" className="button" onClick={() => set({ members: values.members.filter((_, j) => j !== i) })}>
                {t('achievements.removeMember')}
              </button>
            ) : null}
          </div>
        ))}
        {values.members.length < 10 ? (
          <button type="button" className="button" onClick={() => set({ members: [...values.members, emptyMember()] })}>
            {t('achievements.addMember')}
          </button>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('achievements.benefits')}</legend>
        {values.benefits.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the benefit rows are edited in place; the row is the identity
          <div className="benefit" key={i}>
            <InputField
              label={t('achievements.benefit')}
              name={`benefits.${i}.description`}
              value={b.description}
              onChange={(e) => setBenefit(i, { description: e.target.value })}
            />
            <InputField
              label={t('achievements.figure')}
              name={`benefits.${i}.figure`}
              inputMode="decimal"
              value={b.figure}
              onChange={(e) => setBenefit(i, { figure: e.target.value })}
            />
            <InputField
              label={t('achievements.unit')}
              name={`benefits.${i}.unit`}
              value={b.unit}
              onChange={(e) => setBenefit(i, { unit: e.target.value })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => set({ benefits: [...values.benefits, { description: '', figure: '', unit: '' }] })}
        >
          {t('achievements.addBenefit')}
        </button>
      </fieldset>
      {error ? <RefusalNotice error={error} /> : null}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('common.working') : t('achievements.saveDraft')}
      </button>
    </form>
  );
}

/** A refusal in the user's language, its fields included. */
function RefusalNotice({ error }: { error: unknown }) {
  if (error instanceof ApiError && Object.keys(error.fields).length)
    return (
      <div className="notice notice--error" role="alert">
        {Object.entries(error.fields).map(([path, messages]) => (
          <p key={path}>
            {path}: {messages.join('；')}
          </p>
        ))}
      </div>
    );
  return <ErrorNotice error={error} />;
}

/** Bytes as people read them: 12.3 KB, 4.5 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function AchievementDetail({ achievementId }: { achievementId: string }) {
  const { t } = useTranslation();
  const achievement = useApi<AchievementView>(`/api/achievements/${seg(achievementId)}`);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState({ url: '', title: '' });
  const a = achievement.data;
  const path = `/api/achievements/${seg(achievementId)}`;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    setBusy(true);
    try {
      await action();
      achievement.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function upload(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    const form = new FormData();
    form.append('commandId', newCommandId());
    form.append('file', file, file.name);
    void run(() => request('POST', `${path}/attachments`, { form, timeoutMs: 120_000 }));
  }

  if (!a) return achievement.error ? <ErrorNotice error={achievement.error} /> : <p role="status">{t('common.loading')}</p>;
  const draft = a.status === 'draft';
  return (
    <div className="achievement-detail" data-status={a.status}>
      <h2 id="achievement-title">{a.title}</h2>
      <p>
        <span className="badge" data-status={a.status}>
          {t(`achievements.status.${a.status as 'draft'}`)}
        </span>{' '}
        {t(`achievements.categories.${a.category as AchievementCategory}`)}
      </p>
      <p>{a.summary}</p>
      <p className="muted">{a.members.map((m) => `${m.name}（${m.employer ?? m.university ?? ''}）`).join('、')}</p>
      {a.benefits.length ? (
        <ul>
          {a.benefits.map((b) => (
            <li key={`${b.description}-${b.unit}`}>
              {b.description}：{b.figure} {b.unit}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('achievements.files')}</h3>
      {a.attachments.length ? (
        <ul className="attachment-list">
          {a.attachments.map((f) => (
            <li key={f.attachmentId} data-attachment={f.kind}>
              {f.kind === 'file' ? (
                <>
                  <span className="attachment-name">{f.filename}</span> <span className="muted">{formatBytes(f.bytes ?? 0)}</span>
                </>
              ) : (
                <>
                  <span className="attachment-name">{f.title}</span> <span className="muted">{f.url}</span>
                </>
              )}{' '}
              {draft ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => run(() => api.command(`${path}/attachments/${seg(f.attachmentId)}/removal`))}
                >
                  {t('achievements.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('achievements.noFiles')}</p>
      )}
      {draft ? (
        <>
          <label className="field">
            <span className="field__label">{t('achievements.attachFile')}</span>
            <input
              type="file"
              name="file"
              accept="application/pdf,image/png,image/jpeg,image/webp,video/mp4,video/webm"
              disabled={busy}
              onChange={(e) => {
                upload(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          <form
            className="form link-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await api.command(`${path}/links`, { url: link.url.trim(), title: link.title.trim() });
                setLink({ url: '', title: '' });
              });
            }}
          >
            <InputField
              label={t('achievements.link')}
              name="linkUrl"
              type="url"
              value={link.url}
              onChange={(e) => setLink({ ...link, url: e.target.value })}
            />
            <InputField
              label={t('achievements.linkTitle')}
              name="linkTitle"
              value={link.title}
              onChange={(e) => setLink({ ...link, title: e.target.value })}
            />
            <button type="submit" className="button" disabled={busy || !link.url.trim()}>
              {t('achievements.addLink')}
            </button>
          </form>
          {error ? <RefusalNotice error={error} /> : null}
          <button
            type="button"
            className="button button--primary button--big"
            disabled={busy}
            onClick={() => run(() => request('POST', `${path}/submission`, { body: { commandId: newCommandId() } }))}
          >
            {busy ? t('common.working') : t('achievements.submit')}
          </button>
        </>
      ) : (
        <>
          {error ? <RefusalNotice error={error} /> : null}
          {a.status === 'submitted' ? (
            <p className="notice" role="status">
              {t('achievements.submitted')}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
