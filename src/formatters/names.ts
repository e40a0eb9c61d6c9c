/** The output formats of `govcheck validate`, by the name used on the command line. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
