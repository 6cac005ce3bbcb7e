import * as React from 'react';
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n';

const useStyles = makeStyles({ group: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 } });

const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'vi', name: 'Tiếng Việt' },
  { lang: 'en', name: 'English' },
];

/**
 * Two small pressed/unpressed buttons, each showing its language's own name so either reader finds
 * it (the visible word is also the accessible name, as WCAG 2.5.3 asks).
 */
export function LanguageSwitch({ lang, label, onChange }: { lang: Lang; label: string; onChange: (lang: Lang) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={styles.group}>
      {CHOICES.map((choice) => (
        <ToggleButton
          key={choice.lang}
          size="small"
          appearance={choice.lang === lang ? 'primary' : 'subtle'}
          checked={choice.lang === lang}
          lang={choice.lang}
          onClick={() => onChange(choice.lang)}
        >
          {choice.name}
        </ToggleButton>
      ))}
    </div>
  );
}
