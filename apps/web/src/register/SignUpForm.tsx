import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, logIn, sessionOf } from '../api/client';
import { setSession } from '../auth/session';
import { ErrorNotice } from '../components/AsyncState';
import { InputField } from '../components/Field';

const USERNAME = /^[a-z0-9][a-z0-9_-]{2,63}$/;

/** A contestant's account: the API's rules checked as one types, its refusals shown at their fields. */
export function SignUpForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState({ username: '', displayName: '', password: '' });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [serverFields, setServerFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  const own: Record<string, string | undefined> = {
    username: !values.username ? t('problems.required') : USERNAME.test(values.username) ? undefined : t('register.usernameRule'),
    displayName: values.displayName.trim() ? undefined : t('problems.required'),
    password: values.password.length >= 8 ? undefined : t('register.passwordRule'),
  };
  const errorOf = (field: string) => serverFields[field] ?? ((touched[field] || tried) && own[field] ? own[field] : undefined);

  function change(field: keyof typeof values, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setServerFields(({ [field]: _dropped, ...rest }) => rest);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.values(own).some(Boolean)) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.command('/api/auth/sign-up', {
        username: values.username,
        password: values.password,
        displayName: values.displayName.trim(),
      });
      setSession(sessionOf(await logIn(values.username, values.password)));
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length) setServerFields(caught.fields);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="signup-title">
      <h2 id="signup-title">{t('register.signUpTitle')}</h2>
      <InputField
        label={t('register.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        hint={t('register.usernameRule')}
        value={values.username}
        error={errorOf('username')}
        onChange={(e) => change('username', e.target.value.trim().toLowerCase())}
        onBlur={() => setTouched((v) => ({ ...v, username: true }))}
      />
      <InputField
        label={t('register.displayName')}
        name="displayName"
        autoComplete="name"
        value={values.displayName}
        error={errorOf('displayName')}
        onChange={(e) => change('displayName', e.target.value)}
        onBlur={() => setTouched((v) => ({ ...v, displayName: true }))}
      />
      <InputField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        error={errorOf('password')}
        onChange={(e) => change('password', e.target.value)}
        onBlur={() => setTouched((v) => ({ ...v, password: true }))}
      />
      {error ? <ErrorNotice error={error} /> : null}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('common.working') : t('register.signUpSubmit')}
      </button>
    </form>
  );
}
