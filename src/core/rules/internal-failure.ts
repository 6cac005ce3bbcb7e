/** A rule that throws on one task becomes this finding; the other tasks and rules still run. */
import type { Finding } from '../model';
import type { RuleInfo } from './types';

export const RULE_FAILED: RuleInfo = {
  code: 'RULE_FAILED',
  severity: 'error',
  title: { vi: 'Lỗi nội bộ khi kiểm tra', en: 'Internal error while checking' },
};

export function ruleFailure(ruleCode: string, taskId: string | null, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  const where = taskId === null ? { vi: 'Kế hoạch', en: 'Plan' } : { vi: `Nhiệm vụ ${taskId}`, en: `Task ${taskId}` };
  return {
    code: RULE_FAILED.code,
    severity: RULE_FAILED.severity,
    taskId,
    field: null,
    message: {
      vi: `${where.vi}: không kiểm tra được quy tắc ${ruleCode} (lỗi nội bộ: ${reason}). Hãy báo cho người phát triển.`,
      en: `${where.en}: rule ${ruleCode} could not be checked (internal error: ${reason}). Please report it.`,
    },
  };
}
