import * as fs from 'fs';
import * as path from 'path';
import * as sdk from '@aws-sdk/client-pinpoint';
import { CreateSegmentCommand, PinpointClient, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { Emulator, startEmulator } from '../../local/emulator';
import { ENUMS, FIELDS } from '../../local/emulator-vocabulary';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
let emu: Emulator;
let client: PinpointClient;

beforeEach(async () => {
  emu = await startEmulator({ port: 0, rejectUnknownFields: true });
  client = new PinpointClient({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 });
});
afterEach(() => emu.stop());

const create = (request: WriteSegmentRequest) => client.send(new CreateSegmentCommand({ ApplicationId: 'app', WriteSegmentRequest: request }));

describe('the emulator\'s vocabulary is the SDK\'s', () => {
  test('every enum is the SDK\'s exported enum, value for value', () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      expect([...values].sort()).toEqual(Object.values((sdk as unknown as Record<string, Record<string, string>>)[name]).sort());
    }
  });

  test('the emulator\'s sources hold no enum value lists of their own', () => {
    const sources = ['emulator-validation.ts', 'emulator-vocabulary.ts'].map((f) => fs.readFileSync(path.join(__dirname, '..', '..', 'local', f), 'utf8'));
    for (const literal of ['INCLUSIVE', 'CONTAINS', 'HR_24', 'DAY_30', 'INACTIVE', 'EMAIL', 'APNS', "'ANY'", "'Platform'", "'RangeInKilometers'"]) {
      for (const source of sources) expect(source).not.toContain(literal);
    }
  });

  test('accepts every SDK value where the model puts that enum, and nothing else', async () => {
    const set = (values: string[], type?: string) => ({ Values: values, ...(type ? { DimensionType: type } : {}) }) as sdk.SetDimension;
    for (const type of ENUMS.AttributeType) await create({ Name: type, Dimensions: { UserAttributes: { a: { AttributeType: type, Values: ['x'] } } } });
    for (const type of ENUMS.DimensionType) await create({ Name: type, Dimensions: { Location: { Country: set(['US'], type) } } });
    for (const duration of ENUMS.Duration) {
      for (const recency of ENUMS.RecencyType) await create({ Name: duration, Dimensions: { Behavior: { Recency: { Duration: duration, RecencyType: recency } } } });
    }
    await create({ Name: 'channels', Dimensions: { Demographic: { Channel: set([...ENUMS.ChannelType]) } } });
    for (const include of ENUMS.Include) {
      await create({ Name: include, SegmentGroups: { Include: include, Groups: [{ SourceType: ENUMS.SourceType[0], Type: ENUMS.Type[0] }] } });
    }
    expect(emu.state.listSegments('app').length).toBe(ENUMS.AttributeType.length + ENUMS.DimensionType.length
      + ENUMS.Duration.length * ENUMS.RecencyType.length + 1 + ENUMS.Include.length);

    await expect(create({ Name: 'x', Dimensions: { Demographic: { Channel: set(['EMAIL', 'FAX']) } } }))
      .rejects.toThrow('Dimensions.Demographic.Channel.Values[1]: "FAX" is not one of');
    // The SDK drops members its model does not have; a raw request shows the emulator does too.
    const raw = await fetch(`${emu.url}/v1/apps/app/segments`, { method: 'POST', body: JSON.stringify({ Name: 'x', Dimensions: { Demographic: { Fax: { Values: ['1'] } } } }) });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { Message: string }).Message).toContain('Dimensions.Demographic.Fax: is not a field of this object');
  });

  test('the fields of each structure are the SDK schema\'s members', () => {
    expect(FIELDS.SegmentDemographics).toEqual(['AppVersion', 'Channel', 'DeviceType', 'Make', 'Model', 'Platform']);
    expect(FIELDS.WriteSegmentRequest).toEqual(['Dimensions', 'Name', 'SegmentGroups', 'tags']);
  });
});
