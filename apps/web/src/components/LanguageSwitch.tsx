import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

/** 中文 ⇄ English. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="button button--ghost lang-switch"
      lang={other}
      onClick={() => setLanguage(other)}
      aria-label={t('shell.switchLanguage')}
    >
      {t('shell.otherLanguage')}
    </button>
  );
}
