/**
 * i18next: Chinese (zh-CN) by default, English by the switch; the choice is kept in localStorage.
 * Every label of the app comes from the resources in `zh-CN.ts` and `en.ts`; the key type is
 * checked against the Chinese resources (see `i18next.d.ts`).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { refusalsEn } from './refusals.en';
import { refusalsZhCN } from './refusals.zh-CN';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'jiangxin.lang';

function initialLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN, refusal: refusalsZhCN },
    en: { translation: en, refusal: refusalsEn },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
