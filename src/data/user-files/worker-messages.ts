import type { Indicator } from '../../domain';
import type { UserDataset } from './user-dataset';

export interface WorkerRequest {
  readonly file: File;
  /** The publisher's metadata file dropped with it (ONS Explore Local Statistics JSON). */
  readonly metadataFile?: File;
  readonly indicators: readonly Indicator[];
  readonly boroughCodes: readonly string[];
  readonly existingIds: readonly string[];
  /** Files already loaded, by content: the same file twice is refused with their name. */
  readonly loadedHashes: readonly { readonly hash: string; readonly fileName: string }[];
  readonly loadedAt: string;
}

export interface ImportProgress {
  readonly stage: 'reading' | 'checking' | 'saving';
  readonly done: number;
  readonly total: number;
}

export type WorkerResponse =
  | ({ readonly kind: 'progress' } & ImportProgress)
  | { readonly kind: 'done'; readonly dataset: UserDataset }
  | { readonly kind: 'error'; readonly message: string };
