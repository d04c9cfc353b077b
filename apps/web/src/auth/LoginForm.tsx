import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, logIn, logOut, sessionOf } from '../api/client';
import type { Role } from '../api/types';
import { InputField } from '../components/Field';
import { ErrorNotice } from '../components/AsyncState';
import { ActivationForm } from './ActivationForm';
import { setSession } from './session';

/** Username and password; on success the session is kept. `roles` refuses, in words, an account of another role. */
export function LoginForm({ roles, title }: { roles: readonly Role[]; title: string }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [wrongRole, setWrongRole] = useState<Role>();
  const [busy, setBusy] = useState(false);
  const [activating, setActivating] = useState(false);
  const [activated, setActivated] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setWrongRole(undefined);
    try {
      const answer = await logIn(username.trim(), password);
      if (!roles.includes(answer.user.role)) setWrongRole(answer.user.role);
      else setSession(sessionOf(answer));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const refusal = error instanceof ApiError && error.status === 401 ? t('login.wrongPassword') : undefined;
  if (activating) {
    return (
      <ActivationForm
        onDone={() => {
          setActivating(false);
          setActivated(true);
        }}
      />
    );
  }
  return (
    <form className="card form login-form" onSubmit={submit} aria-labelledby="login-title">
      <h2 id="login-title">{title}</h2>
      <InputField
        label={t('login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <InputField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={refusal}
        onChange={(e) => setPassword(e.target.value)}
      />
      {wrongRole ? (
        <p className="notice notice--error" role="alert">
          {t('login.wrongRole', { role: t(`roles.${wrongRole}`) })}
        </p>
      ) : null}
      {error && !refusal ? <ErrorNotice error={error} /> : null}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('common.working') : t('login.submit')}
      </button>
      {activated ? (
        <p className="notice" role="status">
          {t('activation.done')}
        </p>
      ) : (
        <button type="button" className="link" data-action="activate" onClick={() => setActivating(true)}>
          {t('activation.link')}
        </button>
      )}
    </form>
  );
}

/** Who is logged in, and a way out. */
export function SessionBar({ name, role }: { name: string; role: Role }) {
  const { t } = useTranslation();
  return (
    <div className="session-bar">
      <span>{t('login.loggedInAs', { name, role: t(`roles.${role}`) })}</span>
      <button type="button" className="button button--ghost" onClick={() => void logOut()}>
        {t('login.logout')}
      </button>
    </div>
  );
}
