/** The findings as a keyboard-accessible list: click or Enter selects the cell in the workbook. */
import * as React from 'react';
import { SeverityBadge } from '../shared/SeverityBadge';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { LocatedFinding } from '../../services';
import { say, type PanelLang } from './strings';

const useStyles = makeStyles({
  // A plan can have a hundred findings: the list scrolls inside the pane instead of pushing
  // everything below it out of sight.
  list: {
    listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
    maxHeight: '45vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium, cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  text: { display: 'flex', flexDirection: 'column' },
});


export interface FindingsListProps {
  findings: readonly LocatedFinding[];
  lang: PanelLang;
  onSelect: (target: { sheet: string; cell: string }) => void;
}

export function FindingsList({ findings, lang, onSelect }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Body1>{say(lang, 'noFindings')}</Body1>;
  return (
    <ul className={styles.list} aria-label={say(lang, 'findingsTitle')}>
      {findings.map(({ finding, target }, index) => {
        const label = `${finding.taskId ?? say(lang, 'planWide')}${target ? ` · ${target.sheet}!${target.cell}` : ''}`;
        const activate = () => target && onSelect(target);
        return (
          <li
            key={`${finding.code}-${finding.taskId ?? ''}-${index}`}
            className={styles.item}
            role={target ? 'button' : undefined}
            tabIndex={target ? 0 : undefined}
            aria-disabled={target ? undefined : true}
            onClick={activate}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                activate();
              }
            }}
          >
            <SeverityBadge severity={finding.severity} lang={lang} />
            <span className={styles.text}>
              <Body1>{finding.message[lang]}</Body1>
              <Caption1>{label}</Caption1>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
