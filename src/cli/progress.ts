/**
 * The progress line on stderr while `warmline check` reads an export: rows, rate and, for a file, time left
 * from the bytes read so far. Only on a terminal; piped or redirected runs print nothing extra.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export interface Progress {
  tick(rows: number, bytes?: { read: number; total: number }): void;
  done(): void;
}

const duration = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);

export function progressOn(stream: ProgressStream, now: () => number = () => Date.now()): Progress {
  if (!stream.isTTY) return { tick: () => undefined, done: () => undefined };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    tick(rows, bytes) {
      const t = now();
      if (t - last < 100) return;
      last = t;
      const seconds = Math.max(0.001, (t - started) / 1000);
      const rate = rows / seconds;
      let left = '';
      if (bytes && bytes.total > 0 && bytes.read > 0) left = ` · ${Math.round((100 * bytes.read) / bytes.total)} % · ${duration(((bytes.total - bytes.read) / bytes.read) * seconds)} left`;
      stream.write(`\r\x1b[2K${rows.toLocaleString('en')} replies · ${Math.round(rate).toLocaleString('en')}/s${left}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
