import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { PanelMember, TradeDefinition, TradeSummary, UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { shortId } from '../format';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

type JudgeAccount = Schemas['JudgeAccountView'];

type Conflicts = Schemas['ConflictsView'];

/** The trade's panel: who sits on it, which aspects each judge marks, and conflicts of interest (回避) with substitutes. */
export function PanelsSection({ trade, user }: { trade: TradeSummary; user: UserProfile }) {
  const { t } = useTranslation();
  const panel = useApi<PanelMember[]>(`/api/trades/${seg(trade.id)}/panel`);
  const scheme = useApi<TradeDefinition>(`/api/catalogue/trades/${seg(trade.id)}`);
  return (
    <section className="admin-section" aria-labelledby="panels-title">
      <h2 id="panels-title">{t('admin.section.panels')}</h2>
      <AsyncState resource={panel}>
        {(members) => (
          <>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('admin.panel.judge')}</th>
                  <th scope="col">{t('admin.panel.role')}</th>
                  <th scope="col">{t('admin.panel.account')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.judgeId}>
                    <td>{m.displayName ?? m.judgeId}</td>
                    <td>{t(`roles.${m.role}`)}</td>
                    <td className="mono">{m.username ?? m.judgeId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {user.role === 'organiser' ? <AddJudge tradeId={trade.id} panel={members} onAdded={panel.reload} /> : null}
            {scheme.data ? <AssignAspects trade={scheme.data} judges={members.filter((m) => m.role === 'judge')} /> : null}
            <ConflictsPanel tradeId={trade.id} panel={members} />
          </>
        )}
      </AsyncState>
    </section>
  );
}

function AddJudge({ tradeId, panel, onAdded }: { tradeId: string; panel: PanelMember[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const judges = useApi<JudgeAccount[]>(`/api/users/judges?tradeId=${seg(tradeId)}`);
  const [judgeId, setJudgeId] = useState('');
  const [role, setRole] = useState<'judge' | 'chief_judge'>('judge');
  const add = useCommand(onAdded);
  const free = (judges.data ?? []).filter((j) => !panel.some((m) => m.judgeId === j.userId));
  return (
    <div className="card">
      <h3>{t('admin.panel.add')}</h3>
      {free.length === 0 ? (
        <p className="note">{t('admin.panel.noFreeJudges')}</p>
      ) : (
        <div className="form form--inline">
          <SelectField
            label={t('admin.panel.judge')}
            name="panel-judge"
            value={judgeId}
            placeholder={t('admin.panel.chooseJudge')}
            options={free.map((j) => ({
              value: j.userId,
              label: `${j.displayName} (${j.username})${j.employer ? ` · ${j.employer.name}` : ''}`,
            }))}
            onChange={(e) => setJudgeId(e.target.value)}
          />
          <SelectField
            label={t('admin.panel.role')}
            name="panel-role"
            value={role}
            options={(['judge', 'chief_judge'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(e) => setRole(e.target.value as 'judge' | 'chief_judge')}
          />
          <button
            type="button"
            className="button button--primary"
            disabled={!judgeId || add.busy}
            onClick={() => add.run(`/api/trades/${seg(tradeId)}/judges`, { judgeId, role })}
          >
            {t('admin.panel.addSubmit')}
          </button>
        </div>
      )}
      {add.error ? <ErrorNotice error={add.error} /> : null}
    </div>
  );
}

/** A judge marks the aspects assigned (a whole module at once, or single aspects). */
function AssignAspects({ trade, judges }: { trade: TradeDefinition; judges: PanelMember[] }) {
  const { t } = useTranslation();
  const [judgeId, setJudgeId] = useState('');
  const [aspectIds, setAspectIds] = useState<Set<string>>(new Set());
  const assign = useCommand();
  const toggle = (ids: string[], on: boolean) =>
    setAspectIds((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  return (
    <div className="card">
      <h3>{t('admin.panel.assign')}</h3>
      <SelectField
        label={t('admin.panel.judge')}
        name="assign-judge"
        value={judgeId}
        placeholder={t('admin.panel.chooseJudge')}
        options={judges.map((j) => ({ value: j.judgeId, label: j.displayName ?? j.judgeId }))}
        onChange={(e) => setJudgeId(e.target.value)}
      />
      <div className="modules-grid">
        {trade.scheme.subCriteria.map((module) => {
          const ids = module.aspects.map((a) => a.id);
          const all = ids.every((id) => aspectIds.has(id));
          return (
            <fieldset key={module.id}>
              <legend>
                <label className="checkbox">
                  <input type="checkbox" checked={all} onChange={(e) => toggle(ids, e.target.checked)} />
                  {shortId(module.id, trade.id)} · {module.name}
                </label>
              </legend>
              {module.aspects.map((a) => (
                <label key={a.id} className="checkbox">
                  <input type="checkbox" checked={aspectIds.has(a.id)} onChange={(e) => toggle([a.id], e.target.checked)} />
                  {shortId(a.id, trade.id)} {a.description}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={!judgeId || aspectIds.size === 0 || assign.busy}
        onClick={() => assign.run(`/api/trades/${seg(trade.id)}/panel/assignments`, { judgeId, aspectIds: [...aspectIds] })}
      >
        {t('admin.panel.assignSubmit', { count: aspectIds.size })}
      </button>
      {assign.done ? <p className="notice">{t('common.done')}</p> : null}
      {assign.error ? <ErrorNotice error={assign.error} /> : null}
    </div>
  );
}

function ConflictsPanel({ tradeId, panel }: { tradeId: string; panel: PanelMember[] }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [conflicts, setConflicts] = useState<Conflicts>();
  const [error, setError] = useState<unknown>();
  const [substitute, setSubstitute] = useState<Record<string, string>>({});
  const name = (id: string) => panel.find((m) => m.judgeId === id)?.displayName ?? id;

  async function look() {
    setError(undefined);
    try {
      setConflicts(await api.get<Conflicts>(`/api/trades/${seg(tradeId)}/competitors/${seg(number)}/conflicts`));
    } catch (caught) {
      setConflicts(undefined);
      setError(caught);
    }
  }

  const substitutes = useCommand(() => void look());
  return (
    <div className="card">
      <h3>{t('admin.panel.conflicts')}</h3>
      <div className="form form--inline">
        <InputField
          label={t('admin.lots.competitorNumber')}
          name="conflict-number"
          type="number"
          min={1}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="button" className="button" disabled={!number} onClick={look}>
          {t('admin.panel.check')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {conflicts ? (
        conflicts.conflicted.length === 0 ? (
          <p className="notice">{t('admin.panel.noConflicts')}</p>
        ) : (
          <ul className="conflicts">
            {conflicts.conflicted.map((c) => (
              <li key={c.judgeId} data-judge={c.judgeId}>
                <strong>{name(c.judgeId)}</strong>: {c.reason}
                {c.substitutedBy ? <p className="notice">{t('admin.panel.substitutedBy', { name: name(c.substitutedBy) })}</p> : null}
                <SelectField
                  label={t('admin.panel.substitute')}
                  name={`substitute-${c.judgeId}`}
                  value={substitute[c.judgeId] ?? ''}
                  placeholder={t('admin.panel.chooseJudge')}
                  options={(c.substitutes ?? []).map((id) => ({ value: id, label: name(id) }))}
                  onChange={(e) => setSubstitute((s) => ({ ...s, [c.judgeId]: e.target.value }))}
                />
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!substitute[c.judgeId] || substitutes.busy}
                  onClick={() =>
                    substitutes.run(`/api/trades/${seg(tradeId)}/competitors/${seg(number)}/substitutes`, {
                      judgeId: c.judgeId,
                      substituteId: substitute[c.judgeId],
                    })
                  }
                >
                  {t('admin.panel.substituteSubmit')}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {substitutes.error ? <ErrorNotice error={substitutes.error} /> : null}
    </div>
  );
}
