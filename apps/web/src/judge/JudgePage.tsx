import { useTranslation } from 'react-i18next';
import { LoginForm } from '../auth/LoginForm';
import { sessionWithRole, useSession } from '../auth/session';
import { JudgeWorkspace } from './JudgeWorkspace';

/** /judge — the tablet at the venue: pick a trade, a competitor number, a module and an aspect, and mark. */
export default function JudgePage() {
  const { t } = useTranslation();
  const judge = sessionWithRole(useSession(), ['judge']);
  if (!judge) {
    return (
      <main className="page judge judge--login">
        <h1>{t('judge.title')}</h1>
        <LoginForm roles={['judge']} title={t('judge.loginTitle')} />
      </main>
    );
  }
  return <JudgeWorkspace user={judge.user} />;
}
