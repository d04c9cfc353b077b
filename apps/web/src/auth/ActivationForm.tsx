import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import { ErrorNotice } from '../components/AsyncState';
import { InputField } from '../components/Field';
import { refusalText } from '../admin/refusal-text';

/** A judge's first login: the username and one-time code of their credential slip, and the password they choose. */
export function ActivationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/auth/activate', { username: username.trim(), code, password }, { token: null });
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const refusal = error instanceof ApiError && error.body.code ? refusalText(t, error.body) : undefined;
  return (
    <form className="card form activation-form" onSubmit={submit} aria-labelledby="activation-title">
      <h2 id="activation-title">{t('activation.title')}</h2>
      <InputField
        label={t('login.username')}
        name="activate-username"
        autoCapitalize="none"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <InputField
        label={t('activation.code')}
        name="activate-code"
        autoCapitalize="characters"
        required
        value={code}
        error={refusal}
        onChange={(e) => setCode(e.target.value)}
      />
      <InputField
        label={t('activation.password')}
        name="activate-password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {error && !refusal ? <ErrorNotice error={error} /> : null}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('common.working') : t('activation.submit')}
      </button>
    </form>
  );
}
