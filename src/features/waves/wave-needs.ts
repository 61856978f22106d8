// What a wave can ask for. Kept apart from waves.schema.ts so that the waves screen can list them
// without pulling zod into the browser (decision 165).
export const waveNeeds = ['space', 'reassurance', 'talk-later', 'held'] as const;
export type WaveNeed = (typeof waveNeeds)[number];
