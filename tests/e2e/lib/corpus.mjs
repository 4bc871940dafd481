// Bad input the page must survive: saved records and share-link queries.

const GOOD = {
  students: 140,
  staff: 10,
  mobility: 'low',
  frequency: 'as-needed',
  source: 'none',
  sso: false,
  nwea: false,
};
const record = (answers, extra = {}) => JSON.stringify({ version: 1, answers, district: '', ticked: [], ...extra });
const withField = (field, raw) =>
  `{"version":1,"answers":${JSON.stringify(GOOD).replace(new RegExp(`"${field}":[^,}]*`), `"${field}":${raw}`)},"district":""}`;

/** Saved texts that cannot be used as they are: at least fifty. */
export const BAD_SAVED = [
  // Truncated JSON
  record(GOOD).slice(0, 10),
  record(GOOD).slice(0, 40),
  record(GOOD).slice(0, -1),
  '{',
  '{"version":1,"answers":{"students":14',
  // Not JSON at all
  'hello',
  'undefined',
  '[object Object]',
  "{'version':1}",
  '{"version":1,}',
  // Not a record
  '[]',
  '[1,2,3]',
  '42',
  'true',
  'null',
  '"a string"',
  '{}',
  '{"answers":{}}',
  '{"version":1}',
  '{"version":1,"answers":[]}',
  '{"version":1,"answers":"students=140"}',
  // Wrong, future and old schema versions
  '{"version":"1","answers":{}}',
  '{"version":1.5,"answers":{}}',
  '{"version":-1,"answers":{}}',
  '{"version":2,"answers":{},"plan":[]}',
  '{"version":99,"suites":[{"name":"Math"}]}',
  '{"version":0,"answers":{}}',
  // Wrong types
  withField('students', '"140"'),
  withField('students', 'null'),
  withField('students', 'true'),
  withField('students', '[140]'),
  withField('staff', '{"n":10}'),
  withField('mobility', '2'),
  withField('frequency', 'null'),
  withField('source', 'false'),
  withField('sso', '"yes"'),
  withField('sso', '1'),
  withField('nwea', '"false"'),
  // Negative, huge and fractional numbers; NaN and Infinity spelled out
  withField('students', '-5'),
  withField('staff', '-0.5'),
  withField('students', '100001'),
  withField('students', '1e300'),
  withField('students', '99999999999999999999999'),
  withField('students', '140.5'),
  withField('staff', '0.0001'),
  withField('students', 'NaN'),
  withField('students', 'Infinity'),
  withField('staff', '-Infinity'),
  // Unknown enum names
  withField('mobility', '"sometimes"'),
  withField('frequency', '"DAILY"'),
  withField('source', '"powerschool"'),
  withField('source', '""'),
  // Unicode, in the wrong places
  withField('source', '"clever\u200b"'),
  withField('mobility', '"lów"'),
  record(GOOD, { district: '学区'.repeat(100) }),
  record(GOOD, { ticked: ['<script>alert(1)</script>', '✓'] }),
  '\u{1F4A5}\u{1F4A5}\u{1F4A5}',
  '\uFEFF' + record(GOOD),
  // Missing answers, a huge value and an empty one
  '{"version":1,"answers":{"students":140}}',
  '"' + 'x'.repeat(1024 * 1024) + '"',
  '',
];

/** Share-link queries with something in them to drop: at least thirty. */
export const BAD_QUERIES = [
  'students=-5',
  'students=abc',
  'students=',
  'students=140.5',
  'students=1e3',
  'students=99999999999999999999',
  'students=100001',
  'staff=NaN',
  'staff=Infinity',
  'staff=-0.5',
  'mobility=sometimes',
  'mobility=',
  'frequency=DAILY',
  'frequency=monthly',
  'source=powerschool',
  'source=Clever',
  'sso=yes',
  'sso=true',
  'nwea=2',
  'nwea=',
  'colour=blue',
  'utm_source=newsletter&students=140',
  'students=140&students=150',
  'Students=140',
  '%E2%9C%93=1',
  '%FF%FE=%00',
  'students=14%',
  'x=' + 'y'.repeat(5000),
  'a'.repeat(3000) + '=1',
  'students=140&staff=10&mobility=low&frequency=as-needed&source=none&sso=0&nwea=0&extra=1',
  '=1',
  'students=%3Cscript%3E',
  'source=clever%00',
];

/** Queries that carry no parameters at all: the page opens normally. */
export const EMPTY_QUERIES = ['', '?', '&&', '&'];
