/** The files `govcheck init` writes, by path relative to the target folder. */
export const INIT_FILES: Record<string, string> = {
  'structures/example.yaml': `# yaml-language-server: $schema=../node_modules/govcheck/schemas/structure.schema.json
# A starter structure: replace it with your own. Every key is explained in govcheck's docs/format.md.
# Check it with:  npx govcheck validate structures

govcheck: 1                      # the format version
id: kkr-syddanmark-sundhed       # lower-case letters, digits and hyphens
name: Sundhedssamarbejdet i KKR Syddanmark
date: "2023-06-01"               # the date the file describes
region: Syddanmark               # every municipality must be in this region

sources:                         # where the facts come from
  - id: kommissorium
    title: Kommunernes rolle i det nære og sammenhængende sundhedsvæsen
    publisher: KKR Syddanmark

municipalities: [Middelfart, Assens, Odense, Kolding]   # by name, alias or code (0461)

bodies:
  - id: kkr-syddanmark
    name: KKR Syddanmark
    kind: political              # political, administrative or mixed
    scope: cross-municipal
    level: regional
    municipalities: all
    mandate:
      must:
        - Drøfte og fastsætte fællespolitiske holdninger på sundhedsområdet.
    seats:                       # the rule, in the words of the mandate ...
      - id: borgmestre
        role: mayor
        side: municipalities
        count: 4
        born:
          of: all
          says: Borgmestrene er fødte medlemmer af KKR Syddanmark.
    posts:                       # ... and the facts
      - post: chair
        holder: { municipality: Middelfart, role: mayor }
    attendees:
      - role: municipal-director
        of: { post: chair, body: kkr-syddanmark }
        says: På møderne deltager kommunaldirektøren fra den kommune, hvis borgmester er formand.
    meetings:
      cadence: { per_year: 4, text: fire møder om året }
    source: kommissorium
`,
  '.govcheck.yaml': `# yaml-language-server: $schema=node_modules/govcheck/schemas/config.schema.json
# govcheck's settings for this repository (see docs/config.md). List the rules: npx govcheck rules
rules:
  mandate-has-must-task: warn    # off, warn or error
# overrides:
#   - files: ["drafts/**/*.yaml"]
#     rules:
#       derived-rule-resolves: off
# exceptions:
#   - rule: grouping-partitions-municipalities
#     municipality: København
#     reason: København belongs to two health clusters by design.
#     expires: "2026-12-31"
`,
  '.github/workflows/govcheck.yml': `# Checks the structures on every push and pull request (see govcheck's docs/ci.md).
name: govcheck
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write         # to upload the SARIF report to code scanning
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci                  # govcheck is a devDependency of this repository
      - name: govcheck validate
        run: >-
          npx govcheck validate structures
          --format github
          --output-format sarif=govcheck.sarif
          --output-format junit=govcheck-junit.xml
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: govcheck.sarif
          category: govcheck
`,
};
