import { HostLimiter, hostOf } from '../../src/app/host-limiter';

describe('HostLimiter', () => {
  it('runs at most `limit` tasks per host at once, in arrival order, other hosts unaffected', async () => {
    const limiter = new HostLimiter(2);
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    const order: string[] = [];
    const releases: (() => void)[] = [];
    const task = (host: string, name: string) =>
      limiter.run(host, async () => {
        running.set(host, (running.get(host) ?? 0) + 1);
        peak.set(host, Math.max(peak.get(host) ?? 0, running.get(host) ?? 0));
        order.push(name);
        await new Promise<void>((resolve) => releases.push(resolve));
        running.set(host, (running.get(host) ?? 0) - 1);
        return name;
      });
    const all = [task('a', 'a1'), task('a', 'a2'), task('a', 'a3'), task('a', 'a4'), task('b', 'b1')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a1', 'a2', 'b1']);
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(all)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(order).toEqual(['a1', 'a2', 'b1', 'a3', 'a4']);
    expect(peak).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new HostLimiter(1);
    await expect(limiter.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('a', async () => 'next')).resolves.toBe('next');
  });

  it('keys feeds by host name, whatever the port or path', () => {
    expect(hostOf('https://feeds.example.org:8443/world.xml')).toBe('feeds.example.org');
    expect(hostOf('http://feeds.example.org/a')).toBe(hostOf('https://feeds.example.org/b'));
  });
});
