// Words for the end of a long list, where older things wait to be shown.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const paging = {
  loading: 'Loading…',
  failed: "Older ones didn't load this time. Nothing is lost; try again when you're ready.",
  retry: 'Try again',
  journal: {
    label: 'Show older entries',
    loaded: (n: number) => `${count(n, 'older entry', 'older entries')} loaded.`,
  },
  talks: {
    label: 'Show older conversations',
    loaded: (n: number) => `${count(n, 'older conversation', 'older conversations')} loaded.`,
  },
  ownership: {
    label: 'Show older statements',
    loaded: (n: number) => `${count(n, 'older statement', 'older statements')} loaded.`,
  },
  letters: {
    label: 'Show older letters',
    loaded: (n: number) => `${count(n, 'older letter', 'older letters')} loaded.`,
  },
  promises: {
    label: 'Show older promises',
    loaded: (n: number) => `${count(n, 'older promise', 'older promises')} loaded.`,
  },
  questions: {
    label: 'Show older days',
    loaded: (n: number) => `${count(n, 'older day', 'older days')} loaded.`,
  },
};
