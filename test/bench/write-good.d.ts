declare module 'write-good' {
  const writeGood: (text: string, options?: Record<string, unknown>) => { index: number; offset: number; reason: string }[];
  export default writeGood;
}
