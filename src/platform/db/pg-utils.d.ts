// node-postgres ships no types for its utils module; this is the one function we use from it.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue: (value: unknown) => string | Buffer | null };
  export default utils;
}
