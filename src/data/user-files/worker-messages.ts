import type { Indicator } from '../../domain';
import type { FileImport } from '../import/import-published-file';

export interface WorkerRequest {
  readonly file: File;
  readonly indicators: readonly Indicator[];
  readonly boroughCodes: readonly string[];
  readonly today: string;
}

export interface ImportProgress {
  readonly stage: 'reading' | 'checking';
  readonly done: number;
  readonly total: number;
}

export type WorkerResponse =
  | ({ readonly kind: 'progress' } & ImportProgress)
  | { readonly kind: 'done'; readonly result: FileImport }
  | { readonly kind: 'error'; readonly message: string };
