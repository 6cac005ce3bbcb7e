/**
 * The imported tasks in the review, each with the lines of the text it came from ("dòng 85–99"),
 * so a planner can check a doubtful task against the plan before loading it. Folded by default: a
 * plan may hold hundreds of tasks.
 */
import * as React from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Task } from '../../core/model';
import { sayImport, type ImportLang } from './strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  task: { display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** "dòng 85–99", "dòng 12": where the task is in the imported text. */
export function sourceLines(task: Task, lang: ImportLang): string {
  if (!task.lines) return '';
  const { first, last } = task.lines;
  return first === last ? sayImport(lang, 'line', { n: first }) : sayImport(lang, 'lines', { first, last });
}

const EXCERPT = 160;

export function ReviewTasks({ tasks, lang }: { tasks: readonly Task[]; lang: ImportLang }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="tasks">
        <AccordionHeader>{sayImport(lang, 'tasksTitle', { n: tasks.length })}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label={sayImport(lang, 'tasksTitle', { n: tasks.length })}>
            {tasks.map((task) => (
              <li key={task.id} className={styles.task}>
                <Body1>
                  <strong>{task.id}</strong> {task.text.length > EXCERPT ? `${task.text.slice(0, EXCERPT - 1)}…` : task.text}
                </Body1>
                <Caption1 className={styles.meta}>
                  {[
                    sourceLines(task, lang),
                    `${sayImport(lang, 'leadLabel')}: ${task.lead.length > 0 ? task.lead.join('; ') : sayImport(lang, 'none')}`,
                    `${sayImport(lang, 'timeLabel')}: ${task.deadline.text === '' ? sayImport(lang, 'none') : task.deadline.text}`,
                  ].filter((part) => part !== '').join(' · ')}
                </Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
