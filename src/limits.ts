/** Limits on what govcheck reads, so that hostile input is refused instead of exhausting the machine. */
export interface Limits {
  /** Files larger than this many bytes are refused before they are read (`--max-file-size`, in MiB). */
  maxFileBytes: number;
  /** Collections nested deeper than this are refused before the document is built (`--max-depth`). */
  maxDepth: number;
  /** Aliases may add at most this many values beyond twice the document's own size (`--max-alias-expansion`). */
  aliasAllowance: number;
}

/** A national-scale structure is about 4 MB and 10 levels deep; these leave a wide margin. */
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 16 * 1024 * 1024,
  maxDepth: 100,
  aliasAllowance: 10_000,
};
