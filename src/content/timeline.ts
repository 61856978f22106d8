// Words for the healing timeline.

export const timeline = {
  title: 'Timeline',
  heading: 'Your timeline',
  lead: 'How you have been over time: how safe you felt, how much you trusted, how close you felt.',
  waves: [
    'Healing comes in waves. Hard days after good ones are normal; they are part of it, not a step back.',
    'A bad week does not erase the good ones. Look at the whole line, not only today.',
  ],
  rangeLegend: 'Show',
  ranges: { month: 'Month', quarter: '3 months', year: 'Year', all: 'All' },
  smooth: 'Smooth the line',
  smoothHint:
    'Shows the average of the days around each point, so the general direction is easier to see.',
  chartLabel: (who: string) => `Chart of ${who}`,
  you: 'You',
  yours: 'your check-ins',
  partners: (name: string) => `${name}’s shared check-ins`,
  partnerNote: (name: string) =>
    `${name}’s line shows only what they shared, on days you both checked in.`,
  tableShow: 'Show as a table',
  tableHide: 'Hide the table',
  tableCaption: (who: string, range: string) => `${who}: check-ins, ${range}`,
  columns: {
    at: 'Date',
    week: 'Week of',
    month: 'Month',
    safety: 'Safety',
    trust: 'Trust',
    connection: 'Connection',
    days: 'Check-ins',
  },
  empty:
    'Nothing to draw yet. When you check in, your days show up here. Days without a check-in are simply left blank.',
  emptyPartner: (name: string) => `Nothing shared from ${name} for this time yet.`,
  inWordsFold: 'In words, and the feelings chosen',
  summaryHeading: 'In words',
  summary: (what: string, avg: string, low: number, high: number) =>
    low === high
      ? `${what}: ${avg} out of 10.`
      : `${what}: on average ${avg} out of 10, between ${low} and ${high}.`,
  direction: {
    up: 'Lately it has been a little higher than before.',
    down: 'Lately it has been a little lower than before. That happens; waves are normal.',
    same: 'Lately it has been about the same as before.',
  },
  emotionsHeading: 'Feelings, week by week',
  emotionsHeadingMonth: 'Feelings, month by month',
  emotionsEmpty: 'The feelings you choose in your check-ins show here.',
  emotionsCaption: (who: string) => `Feelings ${who} chose most often`,
  eventsHeading: 'Along the way',
  times: (n: number) => `(${n} times)`,
  eventsEmpty: 'Things you do together, like agreements and talks, will be marked here.',
  loadingChart: 'Drawing the chart…',
  chartFailed: 'The chart could not be drawn. The table below shows the same days.',
} as const;
