import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { ROOT } from '../support/paths';

jest.setTimeout(150_000);

/** `brief demo --serve` as a newcomer runs it: the demo, then the pages on its data, then Ctrl-C. */
describe('brief demo --serve', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  test('prints the edition page as its last line, serves it, and stops on Ctrl-C', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'demo', '--serve', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, LOG_PRETTY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const pattern = new RegExp(
      `^Edition page: (http://127\\.0\\.0\\.1:${port}/editions/[0-9a-f-]{36})$`,
      'm',
    );
    const deadline = Date.now() + 120_000;
    while (!pattern.test(output)) {
      if (child.exitCode !== null) throw new Error(`demo exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`no edition page line:\n${output}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    const url = (pattern.exec(output) as RegExpExecArray)[1] as string;
    // The last line the command printed (log lines are JSON records of their own; the workers
    // still running may log at any time).
    const printed = stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
    expect(printed.at(-1)).toBe(`Edition page: ${url}`);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const body = await page.text();
    const story = /href="(\/stories\/[0-9a-f-]{36})"/.exec(body)?.[1];
    expect(story).toBeDefined();
    const storyPage = await fetch(`http://127.0.0.1:${port}${story}`);
    expect(storyPage.status).toBe(200);
    expect(await storyPage.text()).toMatch(/Summary based on \d+ sources|Single source/);
    // The demo's emails link to these pages.
    expect(output).toMatch(/outbox/);

    const exited = new Promise<number | null>((done) => child?.once('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
