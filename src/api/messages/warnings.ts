/** Sanity warnings in the sidebar: allowed, but probably not meant (never blocking). */
export const warningMessages = {
  'warn.title': 'Worth a second look',
  'warn.rate.suggest':
    '{from} → {to}: {rate} is far below the usual {low}–{high}. Did you mean {suggestion}?',
  'warn.rate.low': '{from} → {to}: {rate} is below the usual {low}–{high}.',
  'warn.rate.high': '{from} → {to}: {rate} is above the usual {low}–{high}.',
  'warn.rate.tiny.suggest':
    '{from} → {to}: {rate} is a very low conversion rate. Did you mean {suggestion}?',
  'warn.rate.tiny': '{from} → {to}: {rate} is a very low conversion rate.',
  'warn.rate.all': '{from} → {to}: {rate} means every one converts.',
  'warn.dealAboveGoal':
    'The average deal size ({dealSize}) is above the revenue goal ({goal}): a single deal reaches the goal.',
  'warn.reviewOutside': 'The review date {date} is outside the period ({first} to {last}).',
  'warn.shortPeriod':
    'A reset now leaves only {months, plural, one {one month} other {# months}}: too short to steer. Consider a new version of {suggested} months instead, {from} to {until}, running into the next period.',
  'warn.grouping':
    '“{text}” is read as {readAs} on this spreadsheet ({locale}). If you meant {other}, type it without the separator.',
} as const;
