import * as React from 'react';
import { Badge, makeStyles } from '@fluentui/react-components';
import type { Severity } from '../../core/model';

const COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export const SEVERITY_WORDS: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

// In a narrow pane the badge must keep its word on one line beside the message.
const useStyles = makeStyles({ badge: { flexShrink: 0, whiteSpace: 'nowrap' } });

/** A finding's severity as the pane shows it, in both the findings list and the import review. */
export function SeverityBadge({ severity, lang }: { severity: Severity; lang: 'vi' | 'en' }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={COLOUR[severity]}>
      {SEVERITY_WORDS[severity][lang]}
    </Badge>
  );
}
