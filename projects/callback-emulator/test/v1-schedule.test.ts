import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { call, startTestEmulator, T0, type TestEmulator } from './helpers.js';

const EXCEPTIONS = 'com.genesyslab.gsg.services.callback.exceptions';

describe('v1 schedule (POST /genesys/1/service/callback/{service})', () => {
  let t: TestEmulator;
  let care: string;
  before(async () => {
    t = await startTestEmulator();
    care = `${t.base}/genesys/1/service/callback/care`;
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const listed = async () => (await call('GET', `${t.base}/__emulator/callbacks`)).json.callbacks;

  it('books a form-urlencoded request as our library sends it and keeps every field', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: {
        _customer_number: '+15551234567',
        _desired_time: '2030-01-07T09:00:00.000Z',
        _call_direction: 'USERTERMINATED',
        firstname: 'Ann',
        lastname: 'Lee',
        email: 'ann@example.com',
        subject: 'Invoice',
        orderId: 'A-1',
      },
    });
    assert.equal(answer.status, 200);
    assert.match(answer.headers['content-type'] ?? '', /^application\/json/);
    assert.match(answer.json._id, /^[0-9a-f]{32}$/);
    assert.equal(answer.json._desired_time, '2030-01-07T09:00:00.000Z');
    const [record] = await listed();
    assert.deepEqual(record, {
      id: answer.json._id,
      apiVersion: 'v1',
      serviceName: 'care',
      phoneNumber: '+15551234567',
      desiredTime: '2030-01-07T09:00:00.000Z',
      immediate: false,
      userData: {
        firstname: 'Ann',
        lastname: 'Lee',
        email: 'ann@example.com',
        subject: 'Invoice',
        orderId: 'A-1',
      },
      options: { _call_direction: 'USERTERMINATED' },
      state: 'SCHEDULED',
      createdAt: '2030-01-07T08:00:00.000Z',
    });
  });

  it('books the Widgets client form: empty _call_direction dropped, brackets decoded', async () => {
    const body =
      '_call_direction=&_customer_number=555+123+4567&subject=Call+me&firstname=Bob' +
      '&_desired_time=2030-01-07T09%3A15%3A00.000Z&phonenumber=555+123+4567&userData%5Bsource%5D=web';
    const answer = await call('POST', care, {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    });
    assert.equal(answer.status, 200);
    const [record] = await listed();
    assert.equal(record.phoneNumber, '555 123 4567');
    assert.equal(record.options, undefined);
    assert.deepEqual(record.userData, {
      subject: 'Call me',
      firstname: 'Bob',
      phonenumber: '555 123 4567',
      userData: { source: 'web' },
    });
  });

  it('books a JSON body as GMS test clients send it', async () => {
    const answer = await call('POST', care, {
      body: {
        _customer_number: 5551234567,
        _desired_time: '2030-01-07T09:30:00.000Z',
        notes: 'json',
      },
    });
    assert.equal(answer.status, 200);
    const [record] = await listed();
    assert.equal(record.phoneNumber, '5551234567');
    assert.deepEqual(record.userData, { notes: 'json' });
  });

  it('queues a callback without _desired_time as soon as possible and answers only the _id', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567' },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.json), ['_id']);
    const [record] = await listed();
    assert.equal(record.state, 'QUEUED');
    assert.equal(record.immediate, true);
    assert.equal(record.desiredTime, '2030-01-07T08:00:00.000Z');
  });

  it('rounds a desired time off the slot grid down to its slot', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567', _desired_time: '2030-01-07T09:07:30.000Z' },
    });
    assert.equal(answer.json._desired_time, '2030-01-07T09:00:00.000Z');
    const [record] = await listed();
    assert.equal(record.requestedTime, '2030-01-07T09:07:30.000Z');
  });

  it('reads a desired time without offset as UTC, as GMS prints them', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567', _desired_time: '2030-01-07T09:45:00.000' },
    });
    assert.equal(answer.json._desired_time, '2030-01-07T09:45:00.000Z');
  });

  it('answers 429 with nearby free slots when the slot is full', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567', _desired_time: '2030-01-07T10:00:00.000Z' },
    });
    assert.equal(answer.status, 429);
    assert.equal(
      answer.json.message,
      'Too many requests for the selected time slot. Proposing time slots.',
    );
    assert.equal(answer.json.exception, `${EXCEPTIONS}.CallbackExceptionAvailability`);
    // The five nearest free slots; at equal distance the earlier one wins.
    assert.deepEqual(answer.json.availability, {
      '2030-01-07T09:15:00.000Z': 2,
      '2030-01-07T09:30:00.000Z': 2,
      '2030-01-07T09:45:00.000Z': 2,
      '2030-01-07T10:15:00.000Z': 2,
      '2030-01-07T10:30:00.000Z': 2,
    });
  });

  it('fills a slot to its capacity and then proposes others', async () => {
    const book = () =>
      call('POST', care, {
        form: true,
        body: { _customer_number: '5551234567', _desired_time: '2030-01-07T09:15:00.000Z' },
      });
    assert.equal((await book()).status, 200);
    assert.equal((await book()).status, 200);
    const third = await book();
    assert.equal(third.status, 429);
    assert.equal(third.json.availability['2030-01-07T09:15:00.000Z'], undefined);
  });

  it('answers 400 outside office hours', async () => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567', _desired_time: '2030-01-07T12:15:00.000Z' },
    });
    assert.equal(answer.status, 400);
    assert.equal(answer.json.exception, `${EXCEPTIONS}.CallbackExceptionOfficeClosed`);
    assert.match(answer.json.message, /closed at 2030-01-07T12:15:00.000Z/);
  });

  it('answers 503 like GMS once a number is over its daily limit, counting any spelling of it', async () => {
    for (const number of ['+1 555 123 4567', '+1-555-123-4567', '+1 (555) 123.4567']) {
      assert.equal(
        (await call('POST', care, { form: true, body: { _customer_number: number } })).status,
        200,
      );
    }
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '+15551234567' },
    });
    assert.equal(answer.status, 503);
    assert.equal(
      answer.json.message,
      'Callback for _customer_number=+15551234567 rejected because previous callbacks for this parameter were requested for more than 3 times today.',
    );
    assert.equal(answer.json.exception, `${EXCEPTIONS}.CallbackExceptionServiceUnavailable`);
    t.setNow(T0 + 86_400_000);
    assert.equal(
      (await call('POST', care, { form: true, body: { _customer_number: '+15551234567' } })).status,
      200,
    );
  });

  it('rejects missing, invalid and malformed input with 400 {message, exception}', async () => {
    const cases: [unknown, RegExp, string][] = [
      [
        { firstname: 'Ann' },
        /_customer_number is missing/,
        `${EXCEPTIONS}.CallbackExceptionNumber`,
      ],
      [
        { _customer_number: 'call me' },
        /Customer Number "call me" is invalid/,
        `${EXCEPTIONS}.CallbackExceptionNumber`,
      ],
      [{ _customer_number: '12' }, /is invalid/, `${EXCEPTIONS}.CallbackExceptionNumber`],
      [
        { _customer_number: '5551234567', _desired_time: 'tomorrow' },
        /_desired_time must be an ISO-8601/,
        'com.genesyslab.gsg.GSGException',
      ],
      [
        { _customer_number: '5551234567', _desired_time: '2030-02-30T10:00:00Z' },
        /_desired_time must be an ISO-8601/,
        'com.genesyslab.gsg.GSGException',
      ],
      [
        { _customer_number: '5551234567', _desired_time: '2030-01-07T07:00:00.000Z' },
        /is in the past/,
        'com.genesyslab.gsg.GSGException',
      ],
      [
        { _customer_number: '5551234567', _desired_time: '2032-01-07T07:00:00.000Z' },
        /days ahead/,
        'com.genesyslab.gsg.GSGException',
      ],
    ];
    for (const [body, message, exception] of cases) {
      const answer = await call('POST', care, { form: true, body });
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.match(answer.json.message, message);
      assert.equal(answer.json.exception, exception);
    }
    const badJson = await call('POST', care, {
      body: '{"_customer_number": ',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(badJson.status, 400);
    assert.match(badJson.json.message, /not valid JSON/);
    const array = await call('POST', care, {
      body: '[1,2]',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(array.status, 400);
    const badObject = await call('POST', care, { body: { _customer_number: { nested: true } } });
    assert.equal(badObject.status, 400);
    assert.equal((await listed()).length, 0);
  });

  it('answers 404 for an unknown service, naming the configured ones', async () => {
    const answer = await call('POST', `${t.base}/genesys/1/service/callback/nope`, {
      form: true,
      body: { _customer_number: '5551234567' },
    });
    assert.equal(answer.status, 404);
    assert.equal(
      answer.json.message,
      'Unknown callback service "nope". Configured services: care, office.',
    );
    assert.equal(answer.json.exception, `${EXCEPTIONS}.CallbackExceptionNotFound`);
  });

  it('requires the apikey header on a service configured for it', async () => {
    const office = `${t.base}/genesys/1/service/callback/office`;
    const body = { _customer_number: '5551234567', _desired_time: '2030-01-07T08:30:00.000Z' };
    const missing = await call('POST', office, { form: true, body });
    assert.equal(missing.status, 401);
    assert.deepEqual(missing.json, {
      message: 'Missing or invalid apikey header.',
      exception: 'com.genesyslab.gsg.GSGException',
    });
    const wrong = await call('POST', office, { form: true, body, headers: { apikey: 'care-key' } });
    assert.equal(wrong.status, 401);
    const right = await call('POST', office, {
      form: true,
      body,
      headers: { apikey: 'office-key' },
    });
    assert.equal(right.status, 200);
    assert.equal(right.json._desired_time, '2030-01-07T08:30:00.000Z');
  });
});
