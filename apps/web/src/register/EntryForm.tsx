import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { SKILL_LEVELS, type SkillLevel } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { FieldFrame, InputField, SelectField } from '../components/Field';
import { useCities, useEvents, useLocalName, useTrades } from '../components/catalogue';
import { birthDateOfResidentId } from '../shared/domain';
import {
  emptyEntry,
  entryRequest,
  membersFor,
  normaliseId,
  validateEntry,
  type EntryValues,
  type PersonValues,
  type Problem,
} from './entry-form';

/** The form fields, as the API names them: where a refusal of the server is shown. */
const FORM_FIELDS = new Set([
  'tradeId',
  'city',
  'skillLevel',
  'name',
  'idNumber',
  'phone',
  'employer.name',
  'employer.creditCode',
  'employer.techBased',
  'members',
]);
const isFormField = (path: string) => FORM_FIELDS.has(path) || /^members\.\d+\.(name|idNumber|phone)$/.test(path);

export function EntryForm({ onSubmitted }: { onSubmitted: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const events = useEvents();
  const trades = useTrades();
  const cities = useCities();
  const [values, setValues] = useState<EntryValues>(emptyEntry);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const trade = trades.data?.find((tr) => tr.id === values.tradeId);
  const event = events.data?.find((e) => e.id === (trade?.eventId ?? values.eventId));
  const members = membersFor(values, trade);
  const rules = { trade, contestDay: event?.date };
  const problems = validateEntry({ ...values, members }, rules);

  const problemText = (problem: Problem) => t(`problems.${problem.key}`, problem.values ?? {});
  /** The server's refusal of a field, else the form's own check once the field was left or a submit tried. */
  const errorOf = (path: string) =>
    serverFields[path] ?? (problems[path] && (tried || touched.has(path)) ? problemText(problems[path]) : undefined);
  const touch = (path: string) => () => setTouched((s) => new Set(s).add(path));

  function update(change: Partial<EntryValues>, paths: string[]) {
    setValues((v) => ({ ...v, ...change }));
    // A refusal was about the value that was sent: a new value clears it.
    setServerFields((fields) => Object.fromEntries(Object.entries(fields).filter(([path]) => !paths.includes(path))));
  }

  function updateMember(index: number, change: Partial<PersonValues>) {
    const next = members.map((m, i) => (i === index ? { ...m, ...change } : m));
    update({ members: next }, [...Object.keys(change).map((k) => `members.${index}.${k}`), 'members']);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setError(undefined);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await api.command('/api/entries', entryRequest({ ...values, members }));
      onSubmitted();
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length) setServerFields(caught.fields);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const otherRefusals = Object.entries(serverFields).filter(([path]) => !isFormField(path));
  const idHint = (id: string) => {
    const birthDate = /^\d{17}[\dX]$/.test(id) ? birthDateOfResidentId(id) : undefined;
    return birthDate ? t('register.birthDate', { date: birthDate }) : t('register.idHint');
  };
  const eventTrades = (trades.data ?? []).filter((tr) => !values.eventId || tr.eventId === values.eventId);

  return (
    <form className="card form entry-form" onSubmit={submit} noValidate aria-labelledby="entry-title">
      <h2 id="entry-title">{t('register.entryTitle')}</h2>
      <p className="form__note">{t('register.privacy')}</p>

      <fieldset>
        <legend>{t('register.groups.trade')}</legend>
        <SelectField
          label={t('register.event')}
          name="eventId"
          value={values.eventId}
          placeholder={t('register.allEvents')}
          options={(events.data ?? []).map((e) => ({ value: e.id, label: localName(e) }))}
          onChange={(e) => update({ eventId: e.target.value, tradeId: '' }, ['tradeId'])}
        />
        <FieldFrame
          label={t('register.trade')}
          error={errorOf('tradeId')}
          name="tradeId"
          hint={trade?.teamSize && trade.teamSize > 1 ? t('register.teamHint', { size: trade.teamSize }) : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="tradeId"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={values.tradeId}
              onChange={(e) => update({ tradeId: e.target.value, members: [] }, ['tradeId', 'members'])}
              onBlur={touch('tradeId')}
            >
              <option value="">{t('register.chooseTrade')}</option>
              {eventTrades.map((tr) => (
                <option key={tr.id} value={tr.id} disabled={tr.lotsDrawn}>
                  {localName(tr)}
                  {tr.lotsDrawn ? ` — ${t('register.closed')}` : ''}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <SelectField
          label={t('register.city')}
          name="city"
          value={values.city}
          placeholder={t('register.chooseCity')}
          options={(cities.data ?? []).map((c) => ({ value: c.id, label: localName(c) }))}
          error={errorOf('city')}
          onChange={(e) => update({ city: e.target.value }, ['city'])}
          onBlur={touch('city')}
        />
        <SelectField
          label={t('register.skillLevel')}
          name="skillLevel"
          value={values.skillLevel}
          placeholder={t('register.chooseSkillLevel')}
          options={SKILL_LEVELS.map((level) => ({ value: level, label: t(`skillLevels.${level}`) }))}
          error={errorOf('skillLevel')}
          onChange={(e) => update({ skillLevel: e.target.value as SkillLevel }, ['skillLevel'])}
          onBlur={touch('skillLevel')}
        />
      </fieldset>

      <fieldset>
        <legend>{trade && trade.teamSize > 1 ? t('register.groups.captain') : t('register.groups.person')}</legend>
        <PersonFields
          prefix=""
          person={values}
          errorOf={errorOf}
          touch={touch}
          idHint={idHint}
          onChange={(change) => update(change, Object.keys(change))}
        />
      </fieldset>

      <fieldset>
        <legend>{t('register.groups.employer')}</legend>
        <InputField
          label={t('register.employerName')}
          name="employer.name"
          autoComplete="organization"
          value={values.employerName}
          error={errorOf('employer.name')}
          onChange={(e) => update({ employerName: e.target.value }, ['employer.name'])}
          onBlur={touch('employer.name')}
        />
        <InputField
          label={t('register.creditCode')}
          name="employer.creditCode"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={18}
          hint={t('register.creditHint')}
          value={values.creditCode}
          error={errorOf('employer.creditCode')}
          onChange={(e) => update({ creditCode: normaliseId(e.target.value) }, ['employer.creditCode'])}
          onBlur={touch('employer.creditCode')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="employer.techBased"
            checked={values.techBased}
            onChange={(e) => update({ techBased: e.target.checked }, ['employer.techBased'])}
          />
          {t('register.techBased')}
        </label>
      </fieldset>

      {members.length ? (
        <fieldset data-field="members">
          <legend>{t('register.groups.members')}</legend>
          {errorOf('members') ? (
            <p className="field__error" role="alert" data-error-for="members">
              {errorOf('members')}
            </p>
          ) : null}
          {members.map((member, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a team's member slots are fixed (the trade's team size): the slot is the identity
            <div className="member" key={index}>
              <h3>{t('register.member', { n: index + 1 })}</h3>
              <PersonFields
                prefix={`members.${index}.`}
                person={member}
                errorOf={errorOf}
                touch={touch}
                idHint={idHint}
                onChange={(change) => updateMember(index, change)}
              />
            </div>
          ))}
        </fieldset>
      ) : null}

      {otherRefusals.length ? (
        <div className="notice notice--error" role="alert">
          {otherRefusals.map(([path, messages]) => (
            <p key={path}>{messages.join('；')}</p>
          ))}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('common.working') : t('register.submitEntry')}
      </button>
    </form>
  );
}

function PersonFields({
  prefix,
  person,
  errorOf,
  touch,
  idHint,
  onChange,
}: {
  prefix: string;
  person: PersonValues;
  errorOf: (path: string) => string | string[] | undefined;
  touch: (path: string) => () => void;
  idHint: (id: string) => string;
  onChange: (change: Partial<PersonValues>) => void;
}) {
  const { t } = useTranslation();
  const p = (name: string) => `${prefix}${name}`;
  return (
    <>
      <InputField
        label={t('register.name')}
        name={p('name')}
        autoComplete={prefix ? 'off' : 'name'}
        value={person.name}
        error={errorOf(p('name'))}
        onChange={(e) => onChange({ name: e.target.value })}
        onBlur={touch(p('name'))}
      />
      <InputField
        label={t('register.idNumber')}
        name={p('idNumber')}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={18}
        hint={idHint(person.idNumber)}
        value={person.idNumber}
        error={errorOf(p('idNumber'))}
        onChange={(e) => onChange({ idNumber: normaliseId(e.target.value) })}
        onBlur={touch(p('idNumber'))}
      />
      <InputField
        label={t('register.phone')}
        name={p('phone')}
        type="tel"
        inputMode="numeric"
        autoComplete={prefix ? 'off' : 'tel-national'}
        maxLength={11}
        value={person.phone}
        error={errorOf(p('phone'))}
        onChange={(e) => onChange({ phone: e.target.value.replace(/\D/g, '') })}
        onBlur={touch(p('phone'))}
      />
    </>
  );
}
