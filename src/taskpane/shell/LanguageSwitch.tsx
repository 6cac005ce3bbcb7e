import * as React from 'react';
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n';

const useStyles = makeStyles({ group: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 } });

const CHOICES: { lang: Lang; short: string; name: string }[] = [
  { lang: 'vi', short: 'VI', name: 'Tiếng Việt' },
  { lang: 'en', short: 'EN', name: 'English' },
];

/** Two small pressed/unpressed buttons, each named in its own language so either reader finds it. */
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
          aria-label={choice.name}
          title={choice.name}
          lang={choice.lang}
          onClick={() => onChange(choice.lang)}
        >
          {choice.short}
        </ToggleButton>
      ))}
    </div>
  );
}
