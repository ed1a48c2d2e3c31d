import { createFailedId, formatPhysicalId, isCreateFailedId, parsePhysicalId } from '../../lambda/physical-id';
import { APP, SEG } from './helpers';

describe('physical ids', () => {
  it('round-trips the created and adopted forms, with and without a previous segment', () => {
    const created = { applicationId: APP, segmentId: SEG };
    const adopted = { applicationId: APP, segmentId: 'console1', adoptedVersion: 12 };

    expect(formatPhysicalId(created)).toBe(`${APP}:${SEG}`);
    expect(formatPhysicalId(adopted)).toBe(`${APP}:console1:adopted:12`);
    expect(formatPhysicalId(adopted, created)).toBe(`${APP}:console1:adopted:12|prev=${APP}:${SEG}`);
    expect(parsePhysicalId(`${APP}:${SEG}`)).toEqual({ current: created });
    expect(parsePhysicalId(`${APP}:console1:adopted:12|prev=${APP}:${SEG}`)).toEqual({ current: adopted, previous: created });
  });

  it('does not recognise ids it did not write', () => {
    for (const foreign of [
      'Gold-1A2B3C',
      `${APP}`,
      `${APP}:${SEG}:adopted:`,
      `${APP}:${SEG}:adopted:x`,
      `${APP}:${SEG}:kept:1`,
      `${APP}:${SEG}|prev=nonsense`,
      `${APP}::x`,
      createFailedId('req-1'),
      undefined,
    ]) {
      expect(parsePhysicalId(foreign)).toBeUndefined();
    }
    expect(isCreateFailedId('create-failed:req-1')).toBe(true);
  });

  it('refuses ids that would exceed 1024 bytes instead of emitting an invalid one', () => {
    expect(() => formatPhysicalId({ applicationId: 'a'.repeat(1020), segmentId: 'bbbbb' })).toThrow(/would exceed 1024 bytes/);
  });

  it('drops the previous segment rather than exceed 1024 bytes', () => {
    const current = { applicationId: 'a'.repeat(500), segmentId: 'b' };
    const previous = { applicationId: 'c'.repeat(600), segmentId: 'd' };

    expect(formatPhysicalId(current, previous)).toBe(`${'a'.repeat(500)}:b`);
  });

  it('refuses ids containing the separators', () => {
    expect(() => formatPhysicalId({ applicationId: 'app:1', segmentId: 'x' })).toThrow(/ApplicationId "app:1" may not be empty or contain/);
  });
});
