/** Command-line flags that `check` and `report` share: the export's columns, worker threads, the input format. */
import type { Columns } from '../batch/rows';
import { InputError } from '../batch/errors';
import { defaultJobs } from './pool';

export const ROW_OPTIONS = {
  jsonl: { type: 'boolean' },
  input: { type: 'string' },
  rules: { type: 'string' },
  'id-column': { type: 'string' },
  'text-column': { type: 'string' },
  'customer-column': { type: 'string' },
  'agent-column': { type: 'string' },
  'date-column': { type: 'string' },
  jobs: { type: 'string' },
} as const;

type Values = { [K in keyof typeof ROW_OPTIONS]?: (typeof ROW_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

export function columnsOf(values: Values): Columns {
  return { id: values['id-column'], text: values['text-column'], customer: values['customer-column'], agent: values['agent-column'], date: values['date-column'] };
}

export function jobsOf(values: Values, fallback: number | undefined): number {
  const jobs = values.jobs === undefined ? (fallback ?? defaultJobs()) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  return jobs;
}
