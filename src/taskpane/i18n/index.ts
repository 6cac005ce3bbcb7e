import { vi } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export type Strings = typeof vi;

/** Vietnamese unless Office speaks English: planners' Office is mostly set to Vietnamese or English. */
export function pickLang(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}
