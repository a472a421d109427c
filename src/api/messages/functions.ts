/**
 * Custom functions: statuses, stage names and every argument error. Errors
 * name the function, the argument (and the cell within a range), the value
 * received, and say how to fix it. {where} is one of the `fn.where.*` texts.
 */
export const functionMessages = {
  'status.on_track': 'On track',
  'status.at_risk': 'At risk',
  'status.behind': 'Behind',

  'stage.visits': 'Visits',
  'stage.leads': 'Leads',
  'stage.mqls': 'MQLs',
  'stage.sqls': 'SQLs',
  'stage.opportunities': 'Opportunities',
  'stage.customers': 'Customers',
  'stage.numbered': 'Stage {n}',

  'fn.where.row': ' (row {row} of the range)',
  'fn.where.column': ' (column {col} of the range)',
  'fn.where.cell': ' (row {row}, column {col} of the range)',

  'fn.err.missing': '{fn}: {arg} is missing. Add it as argument {position}.',
  'fn.err.blank': '{fn}: {arg}{where} is blank. Enter a number there.',
  'fn.err.text':
    '{fn}: {arg}{where} is the text {value}, not a number. Enter it as a number (no quotes, no units), or fix the cell format.',
  'fn.err.date': '{fn}: {arg}{where} is a date ({value}), not a number. Enter a plain number.',
  'fn.err.boolean':
    '{fn}: {arg}{where} is {value}, a TRUE/FALSE value, not a number. Enter a number.',
  'fn.err.notFinite': '{fn}: {arg}{where} is {value}, not a usable number. Enter a finite number.',
  'fn.err.negative': '{fn}: {arg}{where} is {value}; it cannot be negative. Enter 0 or more.',
  'fn.err.notPositive': '{fn}: {arg}{where} is {value}; it must be greater than 0.',
  'fn.err.notWhole':
    '{fn}: {arg}{where} is {value}; it must be a whole number from {min} to {max}. Enter one, or wrap it in ROUND().',
  'fn.err.tooLarge':
    '{fn}: {arg}{where} is {value}, too large to plan with. Enter a value up to {max}.',
  'fn.err.resultTooLarge':
    '{fn}: the result for {arg}{where} = {value} is too large to compute. Check the inputs for extreme values (a tiny rate or deal size, a huge number).',

  'fn.err.rateText':
    '{fn}: {arg}{where} is the text {value}, not a rate. Enter a percentage such as 25% or a decimal such as 0.25.',
  'fn.err.ratePercentLike':
    '{fn}: {arg}{where} is {value}, a percentage typed as a plain number. Did you mean {value}%? Enter {value}% or {decimal}.',
  'fn.err.rateRange':
    '{fn}: {arg}{where} is {value}; a conversion rate must be greater than 0% and at most 100%. Enter e.g. 25% or 0.25.',
  'fn.err.toleranceRange':
    '{fn}: {arg} is {value}; a tolerance must be from 0% to 100%. Enter e.g. 10% or 0.1.',
  'fn.err.growthRange':
    '{fn}: {arg} is {value}; a monthly growth rate must be above -100% and at most 100%. Enter e.g. 5% or -2%.',
  'fn.err.ratesEmpty': '{fn}: {arg} is empty. Enter at least one conversion rate, e.g. 25%.',
  'fn.err.ratesGap':
    '{fn}: {arg}{where} is blank between two rates. Fill in the missing rate, or select only the cells with rates.',

  'fn.err.notSingle': '{fn}: {arg} is a range of {size}; it must be a single cell. {hint}',
  'fn.err.hint.vectorize': 'For one result per row use {other} instead.',
  'fn.err.hint.none': 'Point it at one cell.',
  'fn.err.shape':
    '{fn}: {arg} is a range of {size}; it must be a single cell or a range of {expected} like {other}.',
  'fn.err.notVector': '{fn}: {arg} is a block of {size}; give a single row or column.',
  'fn.err.ratesBlock':
    '{fn}: {arg} is a block of {size} that does not match {other}, which is {expected}. Give one row or column of rates shared by every {other} value, or a block with one row of rates per row of {other}.',
  'fn.err.weightsCount':
    '{fn}: {arg} has {count} weights but months is {months}. Give one weight per month.',
  'fn.err.weightsTooLarge':
    '{fn}: {arg} adds up to more than a number can hold. Use smaller weights, e.g. percentages.',
  'fn.err.weightsZero': '{fn}: {arg} adds up to 0. Give at least one month a weight above 0.',
  'fn.err.namesCount':
    '{fn}: {arg} has {count} names but the funnel has {stages} stages ({rates} rates + won deals). Give {stages} names or leave {arg} out.',
  'fn.err.tooFewCounts':
    '{fn}: {arg} has {count, plural, one {# value} other {# values}}; give at least two stage counts, top stage first.',

  'fn.size.cells': '{rows} × {cols} (rows × columns)',
  'fn.value.blank': 'blank',
  'fn.value.invalidDate': 'an invalid date',
} as const;
