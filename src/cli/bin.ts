import { main } from './main';

// `warmline check big.csv | head`: the reader has what it wanted; stop quietly rather than throw EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
