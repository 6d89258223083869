import { type CompileMjml, personalize, renderVariant } from '../../src/render';
import { compileMjml } from '../../src/render/compile-mjml';
import { brand, realisticEdition } from './support/editions';

function countingCompiler(): { compile: CompileMjml; calls: () => number } {
  let calls = 0;
  return {
    compile: async (mjml) => {
      calls += 1;
      return compileMjml(mjml);
    },
    calls: () => calls,
  };
}

// Once per variant on the live path (fan-out and send workers): test/app/send-path.test.ts.
describe('compile once per (edition, variant), personalize per reader (invariant 6)', () => {
  it('renderVariant compiles exactly once', async () => {
    const counter = countingCompiler();
    await renderVariant(realisticEdition, ['world'], brand, { compile: counter.compile });
    expect(counter.calls()).toBe(1);
  });

  it('personalizes in microseconds per reader', async () => {
    const variant = await renderVariant(realisticEdition, ['world', 'business'], brand);
    const rounds = 2000;
    let bytes = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) {
      const message = personalize(variant, {
        preferencesUrl: `https://brief.example.org/preferences?token=${i}`,
        unsubscribeUrl: `https://brief.example.org/unsubscribe?token=${i}`,
        localDateLabel: 'Sunday 29 November',
      });
      bytes += message.html.length + message.text.length;
    }
    const microsPerReader = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    expect(bytes).toBeGreaterThan(0);
    // Measured ~30–70 µs for this 17 KB edition; the bound only catches a slip back to per-reader rendering (~20 ms).
    expect(microsPerReader).toBeLessThan(500);
  });

  it('refuses personal links that are not http(s)', async () => {
    const variant = await renderVariant(realisticEdition, ['world'], brand);
    expect(() =>
      personalize(variant, {
        preferencesUrl: 'javascript:alert(1)',
        unsubscribeUrl: 'https://brief.example.org/u',
        localDateLabel: 'x',
      }),
    ).toThrow(
      expect.objectContaining({ code: 'RENDER_BAD_FIELD', message: expect.stringMatching(/^render: /) }),
    );
  });
});
