/**
 * The findings grouped by kind, each kind with its count and collapsible (closed when there are many,
 * so a plan's hundred findings read first as a short list of kinds); a finding that points at a
 * cell is a real button (click, Enter or Space selects the cell in the workbook) inside its list
 * item, so the list keeps list semantics for screen readers.
 */
import * as React from 'react';
import { SeverityBadge } from '../shared/SeverityBadge';
import { Body1, Caption1, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import type { LocatedFinding } from '../../services';
import { groupFindings } from './group-findings';
import { say, type PanelLang } from './strings';

const useStyles = makeStyles({
  // A plan can have a hundred findings: the list scrolls inside the pane instead of pushing
  // everything below it out of sight.
  groups: {
    listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
    maxHeight: '45vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  summary: {
    display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: tokens.spacingVerticalXS, cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  items: { listStyleType: 'none', margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalL}`, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex', flexDirection: 'column', width: '100%', textAlign: 'start', padding: tokens.spacingVerticalXS,
    border: 'none', background: 'none', font: 'inherit', color: 'inherit', borderRadius: tokens.borderRadiusMedium,
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface FindingsListProps {
  findings: readonly LocatedFinding[];
  lang: PanelLang;
  onSelect: (target: { sheet: string; cell: string }) => void;
}

/** Up to this many findings every group starts open; past it the kinds and counts come first. */
const OPEN_UP_TO = 12;

export function FindingsList({ findings, lang, onSelect }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Body1>{say(lang, 'noFindings')}</Body1>;
  const startOpen = findings.length <= OPEN_UP_TO;
  return (
    <ul className={styles.groups} aria-label={say(lang, 'findingsTitle')}>
      {groupFindings(findings).map((group) => (
        <li key={`${group.severity}:${group.code}`}>
          <details open={startOpen}>
            <summary className={styles.summary}>
              <SeverityBadge severity={group.severity} lang={lang} />
              <span>{group.title[lang]}</span>
              <CounterBadge count={group.findings.length} overflowCount={9999} appearance="ghost" color="informative" />
            </summary>
            <ul className={styles.items} aria-label={group.title[lang]}>
              {group.findings.map(({ finding, target }, index) => {
                const where = `${finding.taskId ?? say(lang, 'planWide')}${target ? ` · ${target.sheet}!${target.cell}` : ''}`;
                const content = (
                  <>
                    <Body1>{finding.message[lang]}</Body1>
                    <Caption1>{where}</Caption1>
                  </>
                );
                return (
                  <li key={`${finding.taskId ?? ''}-${index}`}>
                    {target ? (
                      <button type="button" className={`${styles.item} ${styles.button}`} onClick={() => onSelect(target)}>
                        {content}
                      </button>
                    ) : (
                      <div className={styles.item}>{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
