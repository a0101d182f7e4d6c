import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CARE_KEY, call, startTestEmulator, type TestEmulator } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('v3 create (POST /engagement/v3/callbacks/create)', () => {
  let t: TestEmulator;
  let create: string;
  before(async () => {
    t = await startTestEmulator();
    create = `${t.base}/engagement/v3/callbacks/create`;
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const listed = async () => (await call('GET', `${t.base}/__emulator/callbacks`)).json.callbacks;
  const post = (body: unknown, headers: Record<string, string> = CARE_KEY) =>
    call('POST', create, { headers, body });

  it('books the JSON body our library sends and answers the GES envelope', async () => {
    const answer = await post({
      serviceName: 'care',
      phoneNumber: '+33 1 23 45 67 89',
      desiredTime: '2030-01-07T09:00:00.000Z',
      userData: { firstname: 'Ann', subject: 'Invoice', vip: true, 'not an identifier': 'dropped' },
      captchaToken: 'token',
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.json.status.code, 0);
    assert.equal(answer.json.status.message, 'Successful');
    assert.match(answer.json.status.corrId, UUID);
    assert.equal(answer.headers['x-correlation-id'], answer.json.status.corrId);
    assert.match(answer.json.data.id, UUID);
    const [record] = await listed();
    assert.deepEqual(record, {
      id: answer.json.data.id,
      apiVersion: 'v3',
      serviceName: 'care',
      phoneNumber: '+33 1 23 45 67 89',
      desiredTime: '2030-01-07T09:00:00.000Z',
      immediate: false,
      userData: { firstname: 'Ann', subject: 'Invoice', vip: true },
      state: 'SCHEDULED',
      createdAt: '2030-01-07T08:00:00.000Z',
    });
  });

  it("books the original Widgets client's form-urlencoded body with userData[key] brackets", async () => {
    const body =
      'serviceName=care&phoneNumber=%2B15551234567&desiredTime=2030-01-07T09%3A15%3A00.000Z' +
      '&userData%5Bfirstname%5D=Bob&userData%5Blastname%5D=Jones&userData%5Bsubject%5D=hello+there' +
      '&userData%5BuserData%5D%5Bnested%5D=1';
    const answer = await call('POST', create, {
      body,
      headers: { ...CARE_KEY, 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    });
    assert.equal(answer.status, 200, answer.text);
    const [record] = await listed();
    assert.equal(record.desiredTime, '2030-01-07T09:15:00.000Z');
    assert.deepEqual(record.userData, {
      firstname: 'Bob',
      lastname: 'Jones',
      subject: 'hello there',
      userData: { nested: '1' },
    });
  });

  it('queues a callback without desiredTime', async () => {
    const answer = await post({ serviceName: 'care', phoneNumber: '5551234567' });
    assert.equal(answer.status, 200);
    const [record] = await listed();
    assert.equal(record.state, 'QUEUED');
    assert.deepEqual(record.userData, {});
  });

  it('needs x-api-key: missing or unknown 401 code 1103, another service key 401', async () => {
    const body = { serviceName: 'care', phoneNumber: '5551234567' };
    const missing = await post(body, {});
    assert.equal(missing.status, 401);
    assert.equal(missing.json.status.code, 1103);
    assert.equal(missing.json.status.message, 'Missing x-api-key header.');
    assert.match(missing.json.status.corrId, UUID);
    const wrong = await post(body, { 'x-api-key': 'guess' });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.json.status.message, 'Invalid x-api-key.');
    const otherService = await post(body, { 'x-api-key': 'office-key' });
    assert.equal(otherService.status, 401);
    assert.equal(
      otherService.json.status.message,
      'The x-api-key is not valid for service "care".',
    );
    // The gateway check comes before the body is read.
    const badBodyNoKey = await call('POST', create, {
      body: '{oops',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(badBodyNoKey.status, 401);
    assert.equal((await listed()).length, 0);
  });

  it('answers 429 code 7041 with proposed slots in data.slots', async () => {
    const answer = await post({
      serviceName: 'care',
      phoneNumber: '5551234567',
      desiredTime: '2030-01-07T10:00:00.000Z',
    });
    assert.equal(answer.status, 429);
    assert.equal(answer.json.status.code, 7041);
    assert.equal(
      answer.json.status.message,
      'Too many requests for the selected time slot. Proposing time slots.',
    );
    assert.deepEqual(Object.keys(answer.json.data.slots), [
      '2030-01-07T09:15:00.000Z',
      '2030-01-07T09:30:00.000Z',
      '2030-01-07T09:45:00.000Z',
      '2030-01-07T10:15:00.000Z',
      '2030-01-07T10:30:00.000Z',
    ]);
    assert.ok(Object.values(answer.json.data.slots).every((capacity) => capacity === 2));
  });

  it('answers 400 code 7042 when the office is closed, for a time or right now', async () => {
    const later = await post({
      serviceName: 'care',
      phoneNumber: '5551234567',
      desiredTime: '2030-01-07T12:30:00.000Z',
    });
    assert.equal(later.status, 400);
    assert.equal(later.json.status.code, 7042);
    t.setNow(Date.parse('2030-01-07T12:05:00.000Z'));
    const now = await post({ serviceName: 'care', phoneNumber: '5551234567' });
    assert.equal(now.status, 400);
    assert.equal(now.json.status.code, 7042);
    assert.equal(
      now.json.status.message,
      'The office of care is closed now; book a time within office hours.',
    );
  });

  it('answers 503 code 7036 once the number is over its daily limit', async () => {
    for (let index = 0; index < 3; index++) {
      assert.equal((await post({ serviceName: 'care', phoneNumber: '5551234567' })).status, 200);
    }
    const answer = await post({ serviceName: 'care', phoneNumber: '555-123-4567' });
    assert.equal(answer.status, 503);
    assert.equal(answer.json.status.code, 7036);
    assert.match(
      answer.json.status.message,
      /^Callback for phoneNumber=555-123-4567 rejected because previous callbacks/,
    );
  });

  it('answers 400 with GES codes for invalid input', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ serviceName: 'care' }, 7030, /Mandatory parameter phoneNumber is missing/],
      [{ serviceName: 'care', phoneNumber: 'abc' }, 7030, /Customer Number "abc" is invalid/],
      [{ serviceName: 'care', phoneNumber: '+1234567890123456' }, 7030, /is invalid/],
      [{ phoneNumber: '5551234567' }, 7040, /A service name is required/],
      [{ serviceName: 'nope', phoneNumber: '5551234567' }, 7040, /Unknown callback service "nope"/],
      [
        { serviceName: 'care', phoneNumber: '5551234567', desiredTime: '07/01/2030' },
        501,
        /desiredTime must be an ISO-8601/,
      ],
      [
        { serviceName: 'care', phoneNumber: '5551234567', userData: 'text' },
        501,
        /userData must be an object/,
      ],
      [
        {
          serviceName: 'care',
          phoneNumber: '5551234567',
          userData: { a: { b: { c: { d: { e: 1 } } } } },
        },
        501,
        /nests deeper/,
      ],
      [{ serviceName: ['care'], phoneNumber: '5551234567' }, 501, /serviceName must be a string/],
    ];
    for (const [body, code, message] of cases) {
      const answer = await post(body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.equal(answer.json.status.code, code, JSON.stringify(body));
      assert.match(answer.json.status.message, message);
    }
    const badJson = await call('POST', create, {
      body: '{"serviceName":',
      headers: { ...CARE_KEY, 'Content-Type': 'application/json' },
    });
    assert.equal(badJson.status, 400);
    assert.equal(badJson.json.status.code, 501);
    assert.match(badJson.json.status.message, /not valid JSON/);
    assert.equal((await listed()).length, 0);
  });

  it('never lets user data reach Object.prototype', async () => {
    const body =
      '{"serviceName":"care","phoneNumber":"5551234567","userData":{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"ok":1}}';
    const answer = await call('POST', create, {
      body,
      headers: { ...CARE_KEY, 'Content-Type': 'application/json' },
    });
    assert.equal(answer.status, 200);
    const form =
      'serviceName=care&phoneNumber=5551234568&userData%5B__proto__%5D%5Bpolluted%5D=1&__proto__%5Bpolluted%5D=1';
    const formAnswer = await call('POST', create, {
      body: form,
      headers: { ...CARE_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(formAnswer.status, 200);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    const records = await listed();
    assert.deepEqual(records[0].userData, { ok: 1 });
    assert.deepEqual(records[1].userData, {});
  });
});
