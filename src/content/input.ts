// Words for text that cannot be taken as it is, wherever someone writes it.

export const inputWords = {
  hiddenCharacters:
    'Please use plain text. This has a hidden character in it, like one pasted from another app. Type it again and it should work.',
  hiddenCharactersInName: 'Please use plain letters, without hidden characters or line breaks.',
} as const;

export const liveWords = {
  tooManyStreams:
    'You have this open in many places at once. Close a few tabs or screens, and this one will keep up again.',
} as const;
